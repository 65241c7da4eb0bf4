
#include "header.h"

void predict_unit3(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                result[0] += -0.00020593890606373122;
              } else {
                result[0] += -0.0008413843593599551;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3355.000000000000455) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
                    result[0] += 0.000331838118251806;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                      result[0] += -0.00020593890606373122;
                    } else {
                      result[0] += -5.119886442102165e-05;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                    result[0] += -0.00020593890606373122;
                  } else {
                    result[0] += -0.00012776246023229448;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                  result[0] += -0.000538888236756694;
                } else {
                  result[0] += -0.0008238408576736995;
                }
              }
            }
          } else {
            result[0] += -0.0008413843593599551;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
              result[0] += 0.000331838118251806;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += 0.00010725462547237256;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                  result[0] += 0.0002534808815897633;
                } else {
                  result[0] += 0.000331838118251806;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                      result[0] += -0.0002626523002914974;
                    } else {
                      result[0] += 0.00010725462547237256;
                    }
                  } else {
                    result[0] += -0.0002660600593662334;
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00010725462547237256;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                      result[0] += 0.00010725462547237256;
                    } else {
                      result[0] += 0.0002534808815897633;
                    }
                  }
                }
              } else {
                result[0] += -0.0002660600593662334;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
                    result[0] += -0.0002660600593662334;
                  } else {
                    result[0] += -0.0004656073127350328;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
                    result[0] += -0.0002660600593662334;
                  } else {
                    result[0] += -0.0003773111589315792;
                  }
                }
              } else {
                result[0] += -0.0002660600593662334;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0028883286039462705;
              } else {
                result[0] += -0.0020603411605313628;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.001645529514138884;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    result[0] += -0.0013558916415523537;
                  } else {
                    result[0] += -0.0018486993149140316;
                  }
                } else {
                  result[0] += -0.0009932204133289411;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                result[0] += -0.0008238408576736995;
              } else {
                result[0] += -0.001358723471361724;
              }
            } else {
              result[0] += -0.0004656073127350328;
            }
          }
        } else {
          result[0] += -0.0005351970504167373;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
              result[0] += 0.0005292609720679068;
            } else {
              result[0] += 0.000331838118251806;
            }
          } else {
            result[0] += 0.00021704545897782026;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)663310.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += 0.0004755529997594919;
            } else {
              result[0] += 0.0006185277567145712;
            }
          } else {
            result[0] += 9.35993901066014e-05;
          }
        }
      } else {
        result[0] += -0.0002660600593662334;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)182182.0000000000291) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.00018590058121594751;
          } else {
            result[0] += 0.00021485942545630406;
          }
        } else {
          result[0] += -0.000868214422597759;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0012875693012310001;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
            result[0] += -0.00017764394165975658;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              result[0] += -0.0006320737077916521;
            } else {
              result[0] += -0.0009625210907198758;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1119748.000000000233) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.0005551597500126808;
                } else {
                  result[0] += 0.00039473941233852993;
                }
              } else {
                result[0] += 0.0003259652020927376;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
                  result[0] += 0.00021485942545630406;
                } else {
                  result[0] += 6.49637777643184e-05;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)196440.0000000000291) ) ) {
                  result[0] += 0.00021485942545630406;
                } else {
                  result[0] += -0.00017764394165975658;
                }
              }
            }
          } else {
            result[0] += -0.00017764394165975658;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.0005551597500126808;
              } else {
                result[0] += 0.00041036023246093637;
              }
            } else {
              result[0] += 0.0005820914211714316;
            }
          } else {
            result[0] += 0.00021485942545630406;
          }
        }
      } else {
        result[0] += -0.00017764394165975658;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
          result[0] += -0.00019167750155208796;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              result[0] += -0.0018227939361663546;
            } else {
              result[0] += -0.002689090360040727;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                result[0] += -0.0009136930442051536;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -0.001610740996980827;
                } else {
                  result[0] += -0.002296725018218273;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += -0.0009894889909096872;
              } else {
                result[0] += -0.0014120089549935653;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
          result[0] += 0.00011072170275776282;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)170.0000000000000284) ) ) {
            result[0] += -0.00019167750155208796;
          } else {
            result[0] += -0.0004242270546794578;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)134413.0000000000291) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                result[0] += 0.00011072170275776282;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                      result[0] += 0.00029794070148077295;
                    } else {
                      result[0] += 0.00014220025450389852;
                    }
                  } else {
                    result[0] += 0.00014220025450389852;
                  }
                } else {
                  result[0] += 0.0004977207873403229;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
                result[0] += 0.00011072170275776282;
              } else {
                result[0] += 7.618639732298986e-06;
              }
            }
          } else {
            result[0] += -0.00019167750155208796;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                  result[0] += 0.00040766878660752063;
                } else {
                  result[0] += 0.0002485505305833443;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                      result[0] += 0.00014860426283646238;
                    } else {
                      result[0] += 0.00011072170275776282;
                    }
                  } else {
                    result[0] += 3.4655156388926324e-05;
                  }
                } else {
                  result[0] += 0.00020341144203962912;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.0005818292930120367;
              } else {
                result[0] += 0.0003744625606266629;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                result[0] += 0.00030608545103915735;
              } else {
                result[0] += 0.00011072170275776282;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                    result[0] += 0.00046229139824717605;
                  } else {
                    result[0] += 0.0003971460256486264;
                  }
                } else {
                  result[0] += 0.00011072170275776282;
                }
              } else {
                result[0] += 0.000529541804161847;
              }
            }
          }
        }
      } else {
        result[0] += -0.00019167750155208796;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
        result[0] += 0.0001849083090305772;
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
            result[0] += -7.031033963134668e-05;
          } else {
            result[0] += -0.0012658529613318542;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
            result[0] += -0.0007405345708526363;
          } else {
            result[0] += -0.0013198415533313553;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.0032762396603008177;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                    result[0] += 0.0022425058689323914;
                  } else {
                    result[0] += 0.001440142385258235;
                  }
                }
              } else {
                result[0] += 0.0013051273340640686;
              }
            } else {
              result[0] += 0.00036005385388138735;
            }
          } else {
            result[0] += 0.00036005385388138735;
          }
        } else {
          result[0] += 0.00036005385388138735;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.0002041601568520783;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += 0.0002225466590140534;
              } else {
                result[0] += 0.0002663789305127046;
              }
            }
          } else {
            result[0] += 0.00036005385388138735;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)145018.0000000000291) ) ) {
              result[0] += 0.0002041601568520783;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.0009114243869782171;
                } else {
                  result[0] += -0.0007374246829640503;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                  result[0] += -0.0004338708754853235;
                } else {
                  result[0] += -0.0007369728427278485;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
              result[0] += 0.0002225466590140534;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1297516.000000000233) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
                    result[0] += 2.6654040991406788e-05;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                      result[0] += -6.923832426641267e-05;
                    } else {
                      result[0] += -0.00035468360519504523;
                    }
                  }
                } else {
                  result[0] += 0.0002225466590140534;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
                    result[0] += -6.923832426641267e-05;
                  } else {
                    result[0] += -0.0004338708754853235;
                  }
                } else {
                  result[0] += 0.00014074343936070456;
                }
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                  result[0] += -5.0169564893431484e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.0007326132237790709;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)170.0000000000000284) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44314.50000000000728) ) ) {
                        result[0] += -5.0169564893431484e-05;
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405258.0000000000582) ) ) {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                            result[0] += -0.0003522735027511204;
                          } else {
                            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                              result[0] += -5.0169564893431484e-05;
                            } else {
                              result[0] += -0.00028874426196252883;
                            }
                          }
                        } else {
                          result[0] += -0.0007326132237790709;
                        }
                      }
                    } else {
                      result[0] += -0.0007326132237790709;
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    result[0] += -5.0169564893431484e-05;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                        result[0] += 0.0002496406329194635;
                      } else {
                        result[0] += 0.00011102553328969756;
                      }
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                        result[0] += 0.00037783705306725584;
                      } else {
                        result[0] += 0.0005864651979242604;
                      }
                    }
                  }
                } else {
                  result[0] += -5.0169564893431484e-05;
                }
              }
            } else {
              result[0] += -0.0007326132237790709;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                  result[0] += 2.2541765926929837e-05;
                } else {
                  result[0] += -0.0007326132237790709;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                    result[0] += 0.00023059128900909003;
                  } else {
                    result[0] += 2.2541765926929837e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                    result[0] += 2.2541765926929837e-05;
                  } else {
                    result[0] += -4.090665560145636e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.0002371511934604495;
                } else {
                  result[0] += 0.0004369214603156251;
                }
              } else {
                result[0] += 2.2541765926929837e-05;
              }
            }
          }
        } else {
          result[0] += -0.0007326132237790709;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              result[0] += -0.0016772601502211056;
            } else {
              result[0] += -0.0026116575483818684;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              result[0] += -0.0011716869929375717;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.002007349209784958;
              } else {
                result[0] += -0.0015130667903963894;
              }
            }
          }
        } else {
          result[0] += -0.0007326132237790709;
        }
      }
    } else {
      result[0] += -0.0037861751122331443;
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
          result[0] += 0.00028536117783738477;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
            result[0] += 0.0001684699833404765;
          } else {
            result[0] += -9.573181878066482e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += 0.00011724319222414345;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                result[0] += -0.0008827113226308014;
              } else {
                result[0] += -0.0012787972944632246;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)24633.00000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                  result[0] += -9.573181878066482e-05;
                } else {
                  result[0] += -0.0010620560498849566;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)58.00000000000000711) ) ) {
                  result[0] += -0.00038279392800332634;
                } else {
                  result[0] += -0.0011672080838039036;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
            result[0] += 0.00011724319222414345;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += -0.0005771184438347218;
              } else {
                result[0] += -0.0011804620188276636;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)146.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                  result[0] += -9.573181878066482e-05;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)58.00000000000000711) ) ) {
                    result[0] += -9.757617306604317e-05;
                  } else {
                    result[0] += -0.0006649738177962453;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
                    result[0] += -9.573181878066482e-05;
                  } else {
                    result[0] += -0.0008263693037862173;
                  }
                } else {
                  result[0] += -0.0011804620188276636;
                }
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              result[0] += 0.00041555183618552263;
            } else {
              result[0] += 0.00028536117783738477;
            }
          } else {
            result[0] += 0.00011724319222414345;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.0004252579950533047;
            } else {
              result[0] += 0.00033880901814326676;
            }
          } else {
            result[0] += 0.0005238696447131002;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += 0.00017685715973276184;
              } else {
                result[0] += 4.988223463128904e-05;
              }
            } else {
              result[0] += -9.573181878066482e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              result[0] += 0.0002027153252644031;
            } else {
              result[0] += 0.0003179371712828033;
            }
          }
        } else {
          result[0] += -9.573181878066482e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0010548992441727536;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                result[0] += 0.00253490161747312;
              } else {
                result[0] += 0.001106846637833359;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                  result[0] += 0.0006289408958445233;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                    result[0] += 0.0004552114085048564;
                  } else {
                    result[0] += 0.0003220373714501028;
                  }
                }
              } else {
                result[0] += -1.8191522291106305e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0005811049318346452;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                  result[0] += -6.623541301949358e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.0003861394757848388;
                  } else {
                    result[0] += -0.00028837882229594905;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167888.0000000000291) ) ) {
                result[0] += -1.8191522291106305e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                  result[0] += -0.00028837882229594905;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                    result[0] += -0.00013185518424002724;
                  } else {
                    result[0] += -1.8191522291106305e-05;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.001868533603000881;
            } else {
              result[0] += -0.0016118922137588428;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                result[0] += -0.0014867917364218644;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                  result[0] += -0.0008938862130708349;
                } else {
                  result[0] += -0.001203804818122995;
                }
              }
            } else {
              result[0] += -0.0014867917364218644;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            result[0] += -0.00028837882229594905;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += -0.0013457190341793076;
            } else {
              result[0] += -0.0011386864142936242;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
        result[0] += -0.001868533603000881;
      } else {
        result[0] += -0.0041345412733743;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.0003215765618406566;
            } else {
              result[0] += 0.00011792764400485957;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0005240234965859634;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                  result[0] += 6.270469429000499e-05;
                } else {
                  result[0] += -0.0001784582960359279;
                }
              } else {
                result[0] += 0.00011792764400485957;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
              result[0] += -0.0001784582960359279;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0005240234965859634;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += -0.0005240234965859634;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -0.0010791734369481416;
                  } else {
                    result[0] += -0.0010228068400634151;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                result[0] += 6.270469429000499e-05;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
                  result[0] += -5.2585290376962756e-05;
                } else {
                  result[0] += -0.0001784582960359279;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0002640283648918994;
              } else {
                result[0] += -0.0001784582960359279;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0010791734369481416;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.002353878291243442;
              } else {
                result[0] += -0.0018408725132332288;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.001487302187042819;
              } else {
                result[0] += -0.0010791734369481416;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                  result[0] += -0.0008169292184256392;
                } else {
                  result[0] += -0.0007166195734926448;
                }
              } else {
                result[0] += -0.00044279048655339716;
              }
            } else {
              result[0] += -0.0001784582960359279;
            }
          } else {
            result[0] += -0.0010791734369481416;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)785200.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            result[0] += 0.0003802959967956999;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
              result[0] += 0.0002868242305596749;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)722368.0000000001164) ) ) {
                result[0] += 0.0002256596407186977;
              } else {
                result[0] += 0.00011592923807972687;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
              result[0] += 0.0005561098628859272;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611050.0000000001164) ) ) {
                result[0] += 0.00035512854045935204;
              } else {
                result[0] += 0.0002256596407186977;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                result[0] += 0.0005286311906343813;
              } else {
                result[0] += 0.00045856282995812483;
              }
            } else {
              result[0] += 0.0005437562130107798;
            }
          }
        }
      } else {
        result[0] += -2.8899814149332395e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1356.000000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
            result[0] += 0.00021100463467094795;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.00011643330055967734;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                      result[0] += -6.432110136613124e-05;
                    } else {
                      result[0] += 0.00013414159235631808;
                    }
                  } else {
                    result[0] += 0.00013414159235631808;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    result[0] += -7.750826341252324e-05;
                  } else {
                    result[0] += 4.73800641791034e-05;
                  }
                }
              } else {
                result[0] += 0.00015691570998263712;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                  result[0] += -0.00017221508731247453;
                } else {
                  result[0] += -0.000590133438105839;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                        result[0] += -0.000131620097305582;
                      } else {
                        result[0] += -0.00031114703543913774;
                      }
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
                            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                              result[0] += -0.000131620097305582;
                            } else {
                              result[0] += -0.00011643330055967734;
                            }
                          } else {
                            result[0] += -0.00022098114164883177;
                          }
                        } else {
                          result[0] += -5.868712649374525e-05;
                        }
                      } else {
                        result[0] += -0.0002671061406804871;
                      }
                    }
                  } else {
                    result[0] += -0.00038784506532511787;
                  }
                } else {
                  result[0] += -5.868712649374525e-05;
                }
              }
            } else {
              result[0] += -0.000590133438105839;
            }
          } else {
            result[0] += -0.00011643330055967734;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.0016794597149697333;
              } else {
                result[0] += -0.0019891693270026006;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.001064113254360166;
              } else {
                result[0] += -0.0012860327064987615;
              }
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.0009894697968000502;
              } else {
                result[0] += -0.000590133438105839;
              }
            } else {
              result[0] += -0.0009972389393027188;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0006743673393896595;
            } else {
              result[0] += -0.00011927560675367784;
            }
          } else {
            result[0] += -0.0012482356474459778;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.0003662491019202053;
              } else {
                result[0] += 0.00031062377023468403;
              }
            } else {
              result[0] += 0.0003988447321891578;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -2.223580941225723e-05;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.00017845029952400827;
              } else {
                result[0] += 0.00031062377023468403;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00047917914158641456;
            } else {
              result[0] += 0.000588271068560917;
            }
          } else {
            result[0] += 0.00032897023654790446;
          }
        }
      } else {
        result[0] += -0.00011643330055967734;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)182182.0000000000291) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0001001121328790498;
          } else {
            result[0] += 0.00018756899543327822;
          }
        } else {
          result[0] += -0.0006077468958609381;
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
          result[0] += -0.0001001121328790498;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
              result[0] += -0.0008069419255342866;
            } else {
              result[0] += -0.0009482722849585663;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              result[0] += -0.0004898195045080623;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
                result[0] += -0.0006436230042660501;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                  result[0] += -0.0006436230042660501;
                } else {
                  result[0] += -0.000816497640362332;
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1119748.000000000233) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.0003128399525967828;
                } else {
                  result[0] += 0.000271766024498845;
                }
              } else {
                result[0] += 0.0002339889865063166;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                result[0] += 0.00018756899543327822;
              } else {
                result[0] += -0.0001001121328790498;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += 0.0003128399525967828;
                } else {
                  result[0] += 0.0003520915375054911;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.0003848324667732534;
                } else {
                  result[0] += 0.00044766192654689105;
                }
              }
            } else {
              result[0] += 0.00018756899543327822;
            }
          }
        } else {
          result[0] += -0.0001001121328790498;
        }
      } else {
        result[0] += -0.0001001121328790498;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0009104741925070834;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                    result[0] += 0.00022969122330381817;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                      result[0] += 3.6886962520880435e-05;
                    } else {
                      result[0] += -0.00015161844486925576;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                      result[0] += -0.00015161844486925576;
                    } else {
                      result[0] += -0.00026157130088275;
                    }
                  } else {
                    result[0] += -0.00015161844486925576;
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294876.0000000000582) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                    result[0] += 0.00022969122330381817;
                  } else {
                    result[0] += 0.00042261575376850914;
                  }
                } else {
                  result[0] += -9.759134121615251e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.0016234995265983878;
                } else {
                  result[0] += -0.0013683675418485692;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  result[0] += -0.0012101485358876937;
                } else {
                  result[0] += -0.0009662936156490681;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                result[0] += -0.00015161844486925576;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                    result[0] += -0.0009515904315891343;
                  } else {
                    result[0] += -0.00044007965614154465;
                  }
                } else {
                  result[0] += -0.000951597283951318;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
            result[0] += -0.0016234995265983878;
          } else {
            result[0] += -0.0033577678112513875;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00034011846747995073;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                    result[0] += 0.0001898426857680495;
                  } else {
                    result[0] += 2.0760539288348842e-05;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                    result[0] += -8.665173566724853e-06;
                  } else {
                    result[0] += 2.0760539288348842e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                    result[0] += 0.0002816477940815898;
                  } else {
                    result[0] += 0.00017532217391892408;
                  }
                } else {
                  result[0] += 0.0003468054481314571;
                }
              } else {
                result[0] += 3.0924497576256914e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              result[0] += -0.0008457349822949205;
            } else {
              result[0] += 2.0760539288348842e-05;
            }
          }
        } else {
          result[0] += -0.0008457349822949205;
        }
      }
    } else {
      result[0] += -0.0033577678112513875;
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
          result[0] += 0.00024279739406146556;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
            result[0] += 9.556199524345593e-05;
          } else {
            result[0] += -6.108061460503142e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += -0.00034026995420103435;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                result[0] += -0.0007686253105205262;
              } else {
                result[0] += -0.0010915222825243758;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)24633.00000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                  result[0] += -0.00034026995420103435;
                } else {
                  result[0] += -0.0009262326284690032;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)58.00000000000000711) ) ) {
                  result[0] += -0.00034026995420103435;
                } else {
                  result[0] += -0.001017045344874881;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)24633.00000000000364) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                result[0] += -0.00034026995420103435;
              } else {
                result[0] += -0.0008689236291349877;
              }
            } else {
              result[0] += -0.0008689236291349877;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
              result[0] += -6.108061460503142e-05;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
                result[0] += -0.00034026995420103435;
              } else {
                result[0] += -0.0006842047158456271;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21051.00000000000364) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                    result[0] += 0.0028657056413614605;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                      result[0] += 0.0018784368727267752;
                    } else {
                      result[0] += 0.0013368013991187939;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                    result[0] += 0.0011786691174436445;
                  } else {
                    result[0] += 0.0009083393393561935;
                  }
                }
              } else {
                result[0] += 0.00024279739406146556;
              }
            } else {
              result[0] += 0.00024279739406146556;
            }
          } else {
            result[0] += 0.00024279739406146556;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 9.556199524345593e-05;
            } else {
              result[0] += 0.000152724841583542;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
              result[0] += 4.43813598723003e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                result[0] += -1.4812659009304854e-05;
              } else {
                result[0] += -7.544668819824639e-05;
              }
            }
          }
        }
      } else {
        result[0] += -0.00034026995420103435;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
          result[0] += 0.0001603277666218009;
        } else {
          result[0] += -9.725576534859051e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
            result[0] += -9.725576534859051e-05;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  result[0] += -0.0010583763861829404;
                } else {
                  result[0] += -0.0012482411440006237;
                }
              } else {
                result[0] += -0.0016752489068114819;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                    result[0] += -9.725576534859051e-05;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
                      result[0] += -0.0005205452989585569;
                    } else {
                      result[0] += -0.0007839991687879453;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                      result[0] += -0.0011182993191168362;
                    } else {
                      result[0] += -0.0014105888755564255;
                    }
                  } else {
                    result[0] += -0.002077848034545553;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                    result[0] += -0.0005620874554912876;
                  } else {
                    result[0] += -0.0007683844658793329;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    result[0] += -0.0009350600695176965;
                  } else {
                    result[0] += -0.0011426314129590858;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              result[0] += -9.725576534859051e-05;
            } else {
              result[0] += -0.00024095560979000546;
            }
          } else {
            result[0] += -0.0005569107289041859;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  result[0] += 0.00029203030850955556;
                } else {
                  result[0] += 0.00022182180788016164;
                }
              } else {
                result[0] += 0.0003550831248221168;
              }
            } else {
              result[0] += 0.00047250400407527885;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294876.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)13998.00000000000182) ) ) {
                result[0] += 0.00017447205099923072;
              } else {
                result[0] += 0.0001362531514028488;
              }
            } else {
              result[0] += 3.975737922038797e-07;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)785200.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)663310.0000000001164) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += 0.0002961136895960362;
                } else {
                  result[0] += 0.0003384869922750925;
                }
              } else {
                result[0] += 0.0001389572350076399;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += 0.0003915979788701898;
              } else {
                result[0] += 0.0004467710476976099;
              }
            }
          } else {
            result[0] += -9.725576534859051e-05;
          }
        }
      } else {
        result[0] += -9.725576534859051e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
          result[0] += 0.0001365113974694119;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
            result[0] += -8.428203302007458e-05;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)56011.00000000000728) ) ) {
                result[0] += -8.428203302007458e-05;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)196440.0000000000291) ) ) {
                  result[0] += -0.00047113661031304276;
                } else {
                  result[0] += -0.0007489338973622631;
                }
              }
            } else {
              result[0] += -0.0007967394161187679;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44314.50000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                result[0] += 0.00030043517486808593;
              } else {
                result[0] += 0.0002614905675378412;
              }
            } else {
              result[0] += 0.00021698154724725588;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += 0.0001365113974694119;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)722368.0000000001164) ) ) {
                  result[0] += 0.00021698154724725588;
                } else {
                  result[0] += 0.0001365113974694119;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)145018.0000000000291) ) ) {
                  result[0] += 0.0001365113974694119;
                } else {
                  result[0] += -0.00047113661031304276;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1119748.000000000233) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                    result[0] += 0.0001365113974694119;
                  } else {
                    result[0] += -1.1390490634990617e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1297516.000000000233) ) ) {
                    result[0] += -8.459524685145039e-05;
                  } else {
                    result[0] += -0.00026864715892804017;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 0.00030043517486808593;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.0003773889441686764;
            } else {
              result[0] += 0.000436819879193548;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0011407505189311086;
            } else {
              result[0] += -0.0008977356923776545;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0015394690226648178;
            } else {
              result[0] += -0.00114690203115656;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.000754013932924663;
            } else {
              result[0] += -0.0009060210992234412;
            }
          } else {
            result[0] += -0.0006565841412219547;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
          result[0] += -0.00026864715892804017;
        } else {
          result[0] += 0.00030043517486808593;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0007388894802241404;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.0022253951836738242;
                } else {
                  result[0] += 0.0018271546972723986;
                }
              } else {
                result[0] += 0.000937659906940582;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                    result[0] += 0.0005653320841248536;
                  } else {
                    result[0] += 0.00039979701000050896;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                    result[0] += 0.0002587881916752675;
                  } else {
                    result[0] += 0.0001648902588949943;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.0003120340425238982;
                } else {
                  result[0] += -7.581120578317359e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.0003120340425238982;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += -0.00013868425162002755;
              } else {
                result[0] += -7.581120578317359e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            result[0] += -0.0014363938616090228;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
              result[0] += -0.0005204961089261005;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                result[0] += -0.001085166685640778;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                    result[0] += -0.0006868734283750835;
                  } else {
                    result[0] += -0.0008890568388562273;
                  }
                } else {
                  result[0] += -0.001085166685640778;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            result[0] += -7.581120578317359e-05;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.0007262601918818562;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  result[0] += -0.00044544827609107164;
                } else {
                  result[0] += -0.00018897230359751145;
                }
              }
            } else {
              result[0] += -0.0008093800306302178;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
        result[0] += -0.001447060247255732;
      } else {
        result[0] += -0.0032899917068704224;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
            result[0] += 0.00023724369164060876;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -1.891460659577857e-05;
              } else {
                result[0] += 0.00016341018095117745;
              }
            } else {
              result[0] += 0.00023724369164060876;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                result[0] += -1.891460659577857e-05;
              } else {
                result[0] += -0.00012045118498878066;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                result[0] += -1.891460659577857e-05;
              } else {
                result[0] += -0.00012045118498878066;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
              result[0] += -1.891460659577857e-05;
            } else {
              result[0] += -0.00012045118498878066;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0007814387129123963;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.001703617497203465;
              } else {
                result[0] += -0.0013498434580950368;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0011262905607219605;
              } else {
                result[0] += -0.0008097749471955605;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    result[0] += -0.0007814387129123963;
                  } else {
                    result[0] += -0.00046449682005021334;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    result[0] += -0.00012045118498878066;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                      result[0] += -0.0007517747100463209;
                    } else {
                      result[0] += -0.0002865072128782917;
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.0005304873546971371;
                } else {
                  result[0] += -0.0007814387129123963;
                }
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0003471855527407222;
              } else {
                result[0] += -0.00012045118498878066;
              }
            }
          } else {
            result[0] += -0.0007814387129123963;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)722368.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)13998.00000000000182) ) ) {
                result[0] += 0.00023724369164060876;
              } else {
                result[0] += 9.674833313391537e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)663310.0000000001164) ) ) {
                    result[0] += 0.00029454473061728335;
                  } else {
                    result[0] += 7.754494493887404e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)13998.00000000000182) ) ) {
                    result[0] += 0.0002841861610955939;
                  } else {
                    result[0] += 0.00024493283976814863;
                  }
                }
              } else {
                result[0] += 0.00031005658737728707;
              }
            }
          } else {
            result[0] += 7.754494493887404e-05;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.000429744139474664;
            } else {
              result[0] += 0.0002798386789175351;
            }
          } else {
            result[0] += 0.00037389913783019633;
          }
        }
      } else {
        result[0] += -1.891460659577857e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0006657811390136368;
            } else {
              result[0] += -0.00033857317012060423;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                  result[0] += 0.00021692279869668982;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    result[0] += -0.00011024303857268387;
                  } else {
                    result[0] += -9.716729822983472e-06;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                    result[0] += -0.00011024303857268387;
                  } else {
                    result[0] += -0.00033857317012060423;
                  }
                } else {
                  result[0] += -0.00011024303857268387;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294876.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                    result[0] += 0.00022119491148485656;
                  } else {
                    result[0] += 0.000162245410000371;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    result[0] += 0.00032055180737271065;
                  } else {
                    result[0] += 0.0004056512953079178;
                  }
                }
              } else {
                result[0] += -5.712749875587178e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0013003664056774908;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                result[0] += -0.001031967257484495;
              } else {
                result[0] += -0.0007431506139973108;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.00011024303857268387;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  result[0] += -0.0007204174959489434;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                    result[0] += -0.00040071498613466995;
                  } else {
                    result[0] += -0.00017004114135239288;
                  }
                }
              } else {
                result[0] += -0.0007204174959489434;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
          result[0] += -0.0013003664056774908;
        } else {
          result[0] += -0.002950726888038095;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1356.000000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              result[0] += 0.002843803253900629;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0010406565165538698;
              } else {
                result[0] += 0.0012619427143953092;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                result[0] += 0.0017707493202518028;
              } else {
                result[0] += 0.0009086677690112194;
              }
            } else {
              result[0] += 0.0005666124129491497;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
              result[0] += 0.0005666124129491497;
            } else {
              result[0] += 0.00038077313767263024;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.00010199412702170637;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                  result[0] += -3.50835847369276e-05;
                } else {
                  result[0] += 3.9886789352913895e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  result[0] += 0.00014478523971430565;
                } else {
                  result[0] += 0.0002878588803332203;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.00010199412702170637;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += -0.00010199412702170637;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)58.00000000000000711) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                      result[0] += -0.0009095233419656444;
                    } else {
                      result[0] += -0.0006872878725207103;
                    }
                  } else {
                    result[0] += -0.0009095233419656444;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                    result[0] += -0.000240395615262551;
                  } else {
                    result[0] += -0.0006872878725207103;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                  result[0] += -0.000240395615262551;
                } else {
                  result[0] += -0.00010199412702170637;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)785200.0000000001164) ) ) {
            result[0] += -3.50835847369276e-05;
          } else {
            result[0] += -0.00010199412702170637;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
        result[0] += 0.00011752026816911281;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
          result[0] += -0.00029989955662120915;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)24633.00000000000364) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
              result[0] += -0.00029989955662120915;
            } else {
              result[0] += -0.0006980605214286415;
            }
          } else {
            result[0] += -0.0006980605214286415;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.00022028706959487194;
            } else {
              result[0] += 0.00016448110601613282;
            }
          } else {
            result[0] += 0.00011752026816911281;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              result[0] += 0.00025842028274476644;
            } else {
              result[0] += 0.00011752026816911281;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              result[0] += 0.0002866907667759471;
            } else {
              result[0] += 0.0003436155785188445;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          result[0] += -0.0005714983078106574;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += -0.00036112995811157805;
            } else {
              result[0] += 0.00011752026816911281;
            }
          } else {
            result[0] += -0.0005714983078106574;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                  result[0] += -6.43039531627033e-05;
                } else {
                  result[0] += -0.0005695197757502236;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)13998.00000000000182) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                            result[0] += 0.00024372591199702602;
                          } else {
                            result[0] += 0.00018099411689996122;
                          }
                        } else {
                          result[0] += 0.00010752283271379227;
                        }
                      } else {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                          result[0] += -6.43039531627033e-05;
                        } else {
                          result[0] += 0.00010752283271379227;
                        }
                      }
                    } else {
                      result[0] += -6.43039531627033e-05;
                    }
                  } else {
                    result[0] += -0.00032889244192870897;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294876.0000000000582) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                        result[0] += 0.00025504877649225793;
                      } else {
                        result[0] += 0.00011004299192473286;
                      }
                    } else {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                        result[0] += 0.0003882467645885944;
                      } else {
                        result[0] += 0.00030496488755802487;
                      }
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                      result[0] += 0.00010752283271379227;
                    } else {
                      result[0] += -0.00032889244192870897;
                    }
                  }
                }
              }
            } else {
              result[0] += -0.0005695197757502236;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00022926361416811256;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                        result[0] += 0.00016989156964788507;
                      } else {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                          result[0] += 4.437637324712088e-05;
                        } else {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                            result[0] += 0.00011903030196989437;
                          } else {
                            result[0] += 0.00016989156964788507;
                          }
                        }
                      }
                    } else {
                      result[0] += 0.00016989156964788507;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                      result[0] += 4.437637324712088e-05;
                    } else {
                      result[0] += 0.00013070363034031074;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                  result[0] += -0.00028832312457338107;
                } else {
                  result[0] += 4.437637324712088e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                    result[0] += -0.00028832312457338107;
                  } else {
                    result[0] += 4.437637324712088e-05;
                  }
                } else {
                  result[0] += -0.0003977232996437836;
                }
              } else {
                result[0] += 4.437637324712088e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            result[0] += -0.0007238901318425611;
          } else {
            result[0] += -0.0005695197757502236;
          }
        }
      } else {
        result[0] += -0.0007238901318425611;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
        result[0] += -0.0025905894408924032;
      } else {
        result[0] += -0.002982215383900068;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167888.0000000000291) ) ) {
          result[0] += 7.91565554877364e-05;
        } else {
          result[0] += -0.0004041961432485703;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += 7.91565554877364e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0008431953085360996;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                  result[0] += 7.91565554877364e-05;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                    result[0] += -0.0006141306838790958;
                  } else {
                    result[0] += -0.0008431953085360996;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3355.000000000000455) ) ) {
                  result[0] += -0.00011462481536470068;
                } else {
                  result[0] += -0.0008431953085360996;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
            result[0] += 7.91565554877364e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += -0.0004041961432485703;
              } else {
                result[0] += -0.0006167590011106197;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167888.0000000000291) ) ) {
                result[0] += 7.91565554877364e-05;
              } else {
                result[0] += -0.0004041961432485703;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21051.00000000000364) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3355.000000000000455) ) ) {
              result[0] += 0.00015050449254375354;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 9.919395939195912e-05;
              } else {
                result[0] += 0.00015050449254375354;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.0001991516393781184;
              } else {
                result[0] += 0.00024345698526548822;
              }
            } else {
              result[0] += 0.0001969322774398168;
            }
          }
        } else {
          result[0] += 7.91565554877364e-05;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1297516.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)722368.0000000001164) ) ) {
                  result[0] += 0.00024345986430981774;
                } else {
                  result[0] += 0.00015348879003652233;
                }
              } else {
                result[0] += 0.00026543551507782914;
              }
            } else {
              result[0] += 0.00015348879003652233;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.0003079368154662626;
            } else {
              result[0] += 0.0003515999684017757;
            }
          }
        } else {
          result[0] += 7.91565554877364e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0005618558366391129;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                          result[0] += 0.002011701892002609;
                        } else {
                          result[0] += 0.0019028139443295533;
                        }
                      } else {
                        result[0] += 0.0016094784936422182;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)297.0000000000000568) ) ) {
                        result[0] += 0.0008181612923588799;
                      } else {
                        result[0] += 0.0007554659510407087;
                      }
                    }
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                          result[0] += 0.00046771391839334247;
                        } else {
                          result[0] += 0.0003190731603221933;
                        }
                      } else {
                        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                          result[0] += 0.00019201175023672367;
                        } else {
                          result[0] += 0.000129176758149812;
                        }
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                        result[0] += -0.00024163390931949302;
                      } else {
                        result[0] += -6.31148881092791e-05;
                      }
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.00024163390931949302;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                      result[0] += -0.00011029434435471491;
                    } else {
                      result[0] += -6.31148881092791e-05;
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                result[0] += -0.000651003486003316;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                  result[0] += -6.31148881092791e-05;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                      result[0] += -0.00027534452682484147;
                    } else {
                      result[0] += -0.0003067314089794859;
                    }
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                      result[0] += -0.0005687797119001376;
                    } else {
                      result[0] += -0.0006062773505645344;
                    }
                  }
                }
              }
            }
          } else {
            result[0] += -0.000651003486003316;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00022455541905554404;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                    result[0] += 0.0001894968373744128;
                  } else {
                    result[0] += 2.5561969212340425e-05;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                    result[0] += 6.571948425304433e-06;
                  } else {
                    result[0] += 2.5561969212340425e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  result[0] += 0.00020315841758659673;
                } else {
                  result[0] += 0.0001647774292998151;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  result[0] += 0.00033286308750944807;
                } else {
                  result[0] += 0.00027984674987412;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += -0.000651003486003316;
            } else {
              result[0] += 2.5561969212340425e-05;
            }
          }
        }
      } else {
        result[0] += -0.000651003486003316;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
        result[0] += -0.0023251632842802078;
      } else {
        result[0] += -0.0026755577230993086;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
        result[0] += 0.00016568165540119505;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
          result[0] += -0.00023601846588891984;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0007058553880163348;
            } else {
              result[0] += -0.0006639559872597137;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0005751126735094093;
              } else {
                result[0] += -0.0005238653873306584;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.00036386637353991256;
              } else {
                result[0] += -0.0002444298473257311;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1297516.000000000233) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75284.00000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
              result[0] += 0.00016568165540119505;
            } else {
              result[0] += 0.00015687101204931383;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                result[0] += 0.00015687101204931383;
              } else {
                result[0] += -0.00023601846588891984;
              }
            } else {
              result[0] += -0.00023601846588891984;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)785200.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += 0.00016568165540119505;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    result[0] += 0.00026356475691591426;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      result[0] += 0.00028822583961155056;
                    } else {
                      result[0] += 0.0003186868226127913;
                    }
                  }
                } else {
                  result[0] += 0.00016568165540119505;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)722368.0000000001164) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                  result[0] += 0.00016568165540119505;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                      result[0] += 0.00019726422614779412;
                    } else {
                      result[0] += 0.0002063872857371771;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                        result[0] += 0.0002270143157094803;
                      } else {
                        result[0] += 0.0002432471740414587;
                      }
                    } else {
                      result[0] += 0.0002671941106089311;
                    }
                  }
                }
              } else {
                result[0] += -6.260049965088088e-05;
              }
            }
          } else {
            result[0] += -6.260049965088088e-05;
          }
        }
      } else {
        result[0] += -0.00023601846588891984;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                result[0] += 0.0001284405242232551;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0003149262694571322;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                    result[0] += -7.110231281231233e-05;
                  } else {
                    result[0] += 0.0001284405242232551;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.0003149262694571322;
              } else {
                result[0] += -7.110231281231233e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                result[0] += -0.0010828815529956468;
              } else {
                result[0] += -0.0007991385567540984;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                result[0] += -7.110231281231233e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                      result[0] += -0.0006204785751409703;
                    } else {
                      result[0] += -0.0007991385567540984;
                    }
                  } else {
                    result[0] += -0.0005952284987057875;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                      result[0] += -0.000270102668258401;
                    } else {
                      result[0] += -7.110231281231233e-05;
                    }
                  } else {
                    result[0] += -0.0004787606421161348;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
            result[0] += -0.0010828815529956468;
          } else {
            result[0] += -0.002470923089544042;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1356.000000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.0001284405242232551;
            } else {
              result[0] += -3.5627635750559845e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00018405171696401817;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                    result[0] += -3.5627635750559845e-05;
                  } else {
                    result[0] += -0.00013373589116632236;
                  }
                } else {
                  result[0] += -3.5627635750559845e-05;
                }
              } else {
                result[0] += -0.00013373589116632236;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.0012031905182357779;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0010366577181633622;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.0009703173932620491;
                  } else {
                    result[0] += -0.0006464839946706214;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.000557912400820835;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                    result[0] += -0.00031337641915777574;
                  } else {
                    result[0] += -0.00013373589116632236;
                  }
                }
              } else {
                result[0] += -0.00013373589116632236;
              }
            }
          } else {
            result[0] += -0.0012031905182357779;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            result[0] += 0.00021521828992667228;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0001284405242232551;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)785200.0000000001164) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)663310.0000000001164) ) ) {
                  result[0] += 0.00021521828992667228;
                } else {
                  result[0] += 0.00011269056742351152;
                }
              } else {
                result[0] += -3.5627635750559845e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.00036596000305932756;
            } else {
              result[0] += 0.00028173024132847516;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.00017359843462345508;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += 0.00021670962504085397;
              } else {
                result[0] += 0.00027199352587734416;
              }
            }
          }
        }
      } else {
        result[0] += -3.5627635750559845e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
          result[0] += 8.665298174395559e-05;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
              result[0] += 7.205646219940866e-05;
            } else {
              result[0] += -0.0004899874360702843;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += -0.0003740631952812662;
            } else {
              result[0] += -0.0005087993716573496;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.000163729146053008;
            } else {
              result[0] += 0.00012125229687148185;
            }
          } else {
            result[0] += 8.665298174395559e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              result[0] += 0.00018950685187674358;
            } else {
              result[0] += 8.665298174395559e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              result[0] += 0.00021096996693702842;
            } else {
              result[0] += 0.00025878304867072994;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0006461442469822451;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0010938053200800987;
            } else {
              result[0] += -0.0008196308014466517;
            }
          }
        } else {
          result[0] += -0.0006106429696239401;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            result[0] += -0.00033630514281750485;
          } else {
            result[0] += 8.665298174395559e-05;
          }
        } else {
          result[0] += -0.0006106429696239401;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
              result[0] += 6.124004462508213e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.00030741159235368157;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -6.842413825653995e-05;
                } else {
                  result[0] += 6.124004462508213e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.00030741159235368157;
            } else {
              result[0] += -6.842413825653995e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            result[0] += -0.0009437384627282709;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              result[0] += -6.842413825653995e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.0005802473372130384;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                    result[0] += -0.0008086777367584356;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                      result[0] += -0.0006711691411994647;
                    } else {
                      result[0] += -0.0005802473372130384;
                    }
                  }
                }
              } else {
                result[0] += -0.00042910671569308434;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)196440.0000000000291) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21051.00000000000364) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                  result[0] += 0.00017876562282771597;
                } else {
                  result[0] += 0.0001595798416211549;
                }
              } else {
                result[0] += 0.00011636169493361793;
              }
            } else {
              result[0] += 0.00011636169493361793;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  result[0] += 0.00029726297306491414;
                } else {
                  result[0] += 0.0002758367312487065;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                    result[0] += 0.0002758367312487065;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                      result[0] += 0.0001829557321380329;
                    } else {
                      result[0] += 0.00021447717872575975;
                    }
                  }
                } else {
                  result[0] += 0.00016993582380010262;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21051.00000000000364) ) ) {
                result[0] += 0.00035661753519810745;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                    result[0] += 0.00035661753519810745;
                  } else {
                    result[0] += 0.00028775384829625726;
                  }
                } else {
                  result[0] += 0.0002758367312487065;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
              result[0] += 0.00011636169493361793;
            } else {
              result[0] += -6.842413825653995e-05;
            }
          } else {
            result[0] += -0.00042910671569308434;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
        result[0] += -0.0009437384627282709;
      } else {
        result[0] += -0.0022860327834095745;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1356.000000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0025699665673739043;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0024723461670278614;
                } else {
                  result[0] += 0.0025138489131366947;
                }
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0008965270934594438;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0010834034339457948;
                } else {
                  result[0] += 0.0009567120919325899;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                result[0] += 0.001516580885982679;
              } else {
                result[0] += 0.0007523724633636004;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.000562417330978618;
              } else {
                result[0] += 0.0004602291848029695;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
              result[0] += 0.0004602291848029695;
            } else {
              result[0] += 0.00030897359927588926;
            }
          } else {
            result[0] += 7.2100143314785355e-06;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.00020343010215065729;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            result[0] += -2.7638866540723358e-05;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
              result[0] += 7.2100143314785355e-06;
            } else {
              result[0] += -2.7638866540723358e-05;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.001014504060940274;
            } else {
              result[0] += -0.0007486682630685253;
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                    result[0] += -0.000646675843981127;
                  } else {
                    result[0] += -0.0005559276037365268;
                  }
                } else {
                  result[0] += -0.0003337176618788538;
                }
              } else {
                result[0] += -0.0002855511031202627;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -0.0007486682630685253;
              } else {
                result[0] += -0.0006271915373743021;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += -0.0002855511031202627;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                result[0] += -0.00021745563252535064;
              } else {
                result[0] += -0.00015102329835113614;
              }
            }
          } else {
            result[0] += 7.2100143314785355e-06;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0012381112599586718;
        } else {
          result[0] += -0.0007486682630685253;
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
              result[0] += -6.824652171397592e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  result[0] += -0.0006808237532749069;
                } else {
                  result[0] += -0.000825501333367769;
                }
              } else {
                result[0] += -0.0009169437691444462;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
                  result[0] += 0.00011910983869316716;
                } else {
                  result[0] += -6.824652171397592e-05;
                }
              } else {
                result[0] += -6.824652171397592e-05;
              }
            } else {
              result[0] += -0.0002572039153722531;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
            result[0] += -0.0009169437691444462;
          } else {
            result[0] += -0.001996983637052849;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1356.000000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.00011910983869316716;
            } else {
              result[0] += -2.7839561684112797e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00014523973990952655;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += -8.58990778734693e-05;
                } else {
                  result[0] += -2.7839561684112797e-05;
                }
              } else {
                result[0] += -8.58990778734693e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.0009801423780451785;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0008203868641713923;
                } else {
                  result[0] += -0.000525725491280192;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    result[0] += -0.0005408096777291852;
                  } else {
                    result[0] += -0.0004247977596096988;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                    result[0] += -0.00025331396076436213;
                  } else {
                    result[0] += -8.58990778734693e-05;
                  }
                }
              } else {
                result[0] += -8.58990778734693e-05;
              }
            }
          } else {
            result[0] += -0.0009801423780451785;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
              result[0] += 0.00018655633439437248;
            } else {
              result[0] += 8.073862189523091e-05;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)785200.0000000001164) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)663310.0000000001164) ) ) {
                result[0] += 0.0001896166203603605;
              } else {
                result[0] += 0.0001177836287600547;
              }
            } else {
              result[0] += -2.7839561684112797e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
            result[0] += 0.0001896166203603605;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
              result[0] += 0.00028642307998691;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0001896166203603605;
              } else {
                result[0] += 0.0002441452248808439;
              }
            }
          }
        }
      } else {
        result[0] += -2.7839561684112797e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62288.00000000000728) ) ) {
          result[0] += 0.00011158791511514967;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0003593001168601839;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
              result[0] += 5.438243790709335e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -0.00015068596852225484;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
                  result[0] += 5.438243790709335e-05;
                } else {
                  result[0] += -0.00012779422695941093;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62288.00000000000728) ) ) {
                  result[0] += -0.0002782154783899874;
                } else {
                  result[0] += -0.00038136429637980755;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                    result[0] += -0.00044834572682511654;
                  } else {
                    result[0] += -0.0005761510070731276;
                  }
                } else {
                  result[0] += -0.0004134284607239748;
                }
              }
            } else {
              result[0] += -0.0002782154783899874;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0009077141788277817;
              } else {
                result[0] += -0.0006616393725064665;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -0.0005330088545448862;
              } else {
                result[0] += -0.0004160136270820903;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62288.00000000000728) ) ) {
            result[0] += 0.00011158791511514967;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
              result[0] += 5.438243790709335e-05;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.00012779422695941093;
                } else {
                  result[0] += -0.00018561269144919834;
                }
              } else {
                result[0] += -0.00018561269144919834;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611050.0000000001164) ) ) {
              result[0] += 0.00016521337952410823;
            } else {
              result[0] += 0.00012620726992264913;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
              result[0] += 0.00016178564629458765;
            } else {
              result[0] += 5.438243790709335e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
            result[0] += 0.00019320251617332314;
          } else {
            result[0] += 0.00022897887499342932;
          }
        }
      } else {
        result[0] += 5.438243790709335e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                    result[0] += 3.390167438057946e-05;
                  } else {
                    result[0] += -0.00014225968391857213;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                        result[0] += -0.0004666355710060988;
                      } else {
                        result[0] += -0.00014225968391857213;
                      }
                    } else {
                      result[0] += -0.0004666355710060988;
                    }
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)134413.0000000000291) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                        result[0] += 3.390167438057946e-05;
                      } else {
                        result[0] += -0.00014225968391857213;
                      }
                    } else {
                      result[0] += -0.00014225968391857213;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167888.0000000000291) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                        result[0] += 0.00019702957304922305;
                      } else {
                        result[0] += 0.00013905406330847286;
                      }
                    } else {
                      result[0] += 0.0002589397912297166;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                      result[0] += 3.390167438057946e-05;
                    } else {
                      result[0] += 0.00017717373066551798;
                    }
                  }
                } else {
                  result[0] += -0.00014225968391857213;
                }
              }
            } else {
              result[0] += -0.0004666355710060988;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00013952958977883926;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611050.0000000001164) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                        result[0] += 0.0001269127778872652;
                      } else {
                        result[0] += 4.206965407917245e-05;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                          result[0] += 0.0001305855806612012;
                        } else {
                          result[0] += 0.00010754085021463946;
                        }
                      } else {
                        result[0] += 4.206965407917245e-05;
                      }
                    }
                  } else {
                    result[0] += 4.206965407917245e-05;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                  result[0] += -0.00018790839322705685;
                } else {
                  result[0] += 4.206965407917245e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
                  result[0] += -0.00013952958977883926;
                } else {
                  result[0] += -0.0002692634153519138;
                }
              } else {
                result[0] += 4.206965407917245e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            result[0] += -0.0005715759813243502;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.0004666355710060988;
            } else {
              result[0] += -0.0002692634153519138;
            }
          }
        }
      } else {
        result[0] += -0.0005715759813243502;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
        result[0] += -0.002065144624010182;
      } else {
        result[0] += -0.0023759768259378087;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
        result[0] += 5.047096437677754e-05;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += 5.047096437677754e-05;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                result[0] += 5.047096437677754e-05;
              } else {
                result[0] += -0.0006342917696628666;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0006601736618120813;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8664.000000000001819) ) ) {
                  result[0] += -0.00012717127688529012;
                } else {
                  result[0] += -0.0006536088870382078;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
            result[0] += 5.047096437677754e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += -0.0003676558344413559;
                } else {
                  result[0] += -0.00042686035299092375;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 5.047096437677754e-05;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)182182.0000000000291) ) ) {
                      result[0] += 5.047096437677754e-05;
                    } else {
                      result[0] += -0.0003676558344413559;
                    }
                  } else {
                    result[0] += -0.00042686035299092375;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)182182.0000000000291) ) ) {
                result[0] += 5.047096437677754e-05;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                    result[0] += 5.047096437677754e-05;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                        result[0] += 5.047096437677754e-05;
                      } else {
                        result[0] += -0.0003676558344413559;
                      }
                    } else {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                        result[0] += 5.047096437677754e-05;
                      } else {
                        result[0] += -0.00012369951398252368;
                      }
                    }
                  }
                } else {
                  result[0] += -0.0003676558344413559;
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29120.00000000000364) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
            result[0] += 8.361552746228074e-05;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)13998.00000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.00012455249832927235;
              } else {
                result[0] += 0.0001557610823575145;
              }
            } else {
              result[0] += 8.361552746228074e-05;
            }
          }
        } else {
          result[0] += 5.047096437677754e-05;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1297516.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 0.0001557610823575145;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00020165668262573644;
            } else {
              result[0] += 0.00024182732440985034;
            }
          }
        } else {
          result[0] += 5.047096437677754e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                  result[0] += 0.0018725070953764724;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                      result[0] += 0.0007130443567413813;
                    } else {
                      result[0] += 0.00038017008577145443;
                    }
                  } else {
                    result[0] += -4.1490602110131594e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                    result[0] += -4.1490602110131594e-05;
                  } else {
                    result[0] += -0.0004215356536285239;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                      result[0] += -4.1490602110131594e-05;
                    } else {
                      result[0] += -6.417122915621064e-05;
                    }
                  } else {
                    result[0] += -0.00013667890977602526;
                  }
                }
              }
            } else {
              result[0] += -0.0004215356536285239;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00010083070105292428;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611050.0000000001164) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                      result[0] += 0.00011600322667317137;
                    } else {
                      result[0] += 2.6068914641252803e-05;
                    }
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                        result[0] += 0.00012042319349897946;
                      } else {
                        result[0] += 9.282970363216004e-05;
                      }
                    } else {
                      result[0] += 2.6068914641252803e-05;
                    }
                  }
                } else {
                  result[0] += 2.6068914641252803e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.0004215356536285239;
              } else {
                result[0] += 2.6068914641252803e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            result[0] += -0.0005141081085856284;
          } else {
            result[0] += -0.0004215356536285239;
          }
        }
      } else {
        result[0] += -0.0005141081085856284;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
        result[0] += -0.0018545828439120366;
      } else {
        result[0] += -0.0021330226214010223;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
        result[0] += 4.8653226058499377e-05;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += 4.8653226058499377e-05;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0005773528225269061;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                    result[0] += -7.145875185317976e-05;
                  } else {
                    result[0] += 4.8653226058499377e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                    result[0] += -9.899668665505166e-05;
                  } else {
                    result[0] += -6.971218024705225e-05;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0005809264419172846;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                  result[0] += -0.0005773528225269061;
                } else {
                  result[0] += -0.0005809264419172846;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
            result[0] += 4.8653226058499377e-05;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                result[0] += 4.8653226058499377e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                    result[0] += 4.8653226058499377e-05;
                  } else {
                    result[0] += -0.0003642427412686329;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                    result[0] += 4.8653226058499377e-05;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                      result[0] += -0.0002450898332694358;
                    } else {
                      result[0] += -0.00010500662416030623;
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)146.0000000000000284) ) ) {
                result[0] += -0.0003642427412686329;
              } else {
                result[0] += -0.0003656536253053513;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1119748.000000000233) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
          result[0] += 4.8653226058499377e-05;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)722368.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                  result[0] += 0.00021338072390496185;
                } else {
                  result[0] += 0.0002545833281557281;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += 4.8653226058499377e-05;
                } else {
                  result[0] += 0.0002429985352286974;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += 4.8653226058499377e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += 0.00011740987670563071;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                        result[0] += 0.00013568870394965244;
                      } else {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                            result[0] += 0.00014068429942242132;
                          } else {
                            result[0] += 0.00014085795067089418;
                          }
                        } else {
                          result[0] += 0.00014425591286494174;
                        }
                      }
                    } else {
                      result[0] += 0.00015768860525981635;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                    result[0] += 4.8653226058499377e-05;
                  } else {
                    result[0] += 0.0001373128241754143;
                  }
                }
              }
            }
          } else {
            result[0] += 4.8653226058499377e-05;
          }
        }
      } else {
        result[0] += 4.8653226058499377e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
          result[0] += 9.812243543749634e-05;
        } else {
          result[0] += -3.7694418781627034e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
            result[0] += -3.7694418781627034e-05;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  result[0] += -0.0005795442735964357;
                } else {
                  result[0] += -0.000627543065646746;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.0006889741046828489;
                } else {
                  result[0] += -0.0008341682222569159;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -3.7694418781627034e-05;
                } else {
                  result[0] += -0.00047524380660026377;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                    result[0] += -0.00047524380660026377;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                      result[0] += -0.0007765854466845409;
                    } else {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                        result[0] += -0.0009189499644616595;
                      } else {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                          result[0] += -0.0010237791277278886;
                        } else {
                          result[0] += -0.0010726077223935796;
                        }
                      }
                    }
                  }
                } else {
                  result[0] += -0.00047524380660026377;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              result[0] += -3.7694418781627034e-05;
            } else {
              result[0] += -0.00013022088468561807;
            }
          } else {
            result[0] += -0.000265132639183801;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  result[0] += 0.00015477219838828037;
                } else {
                  result[0] += 0.00018012885896967715;
                }
              } else {
                result[0] += 0.00022265677296857985;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.00011662215097032168;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00013717275635757764;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0001794111205477727;
                  } else {
                    result[0] += 0.0001489995768396916;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 9.812243543749634e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    result[0] += 0.0001021788167248384;
                  } else {
                    result[0] += 0.00010890658678291595;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    result[0] += 0.00011065843425982936;
                  } else {
                    result[0] += 0.00011662215097032168;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00012394486866216517;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00013270823649067388;
                  } else {
                    result[0] += 0.0001489995768396916;
                  }
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.00027562279237513393;
              } else {
                result[0] += 0.00023923646571144278;
              }
            } else {
              result[0] += 0.00017599441686473054;
            }
          } else {
            result[0] += 0.00017599441686473054;
          }
        }
      } else {
        result[0] += -3.7694418781627034e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.00014107309160587842;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 9.902308945104143e-05;
              } else {
                result[0] += 8.034630310018035e-05;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -4.473021253864783e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  result[0] += 3.785959688706747e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                    result[0] += 6.790502100574227e-05;
                  } else {
                    result[0] += 7.829270991365397e-05;
                  }
                }
              }
            }
          } else {
            result[0] += -8.278486841027201e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              result[0] += 0.00012732595644837497;
            } else {
              result[0] += 7.829270991365397e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  result[0] += 0.00013069507256375013;
                } else {
                  result[0] += 0.00013859042651268223;
                }
              } else {
                result[0] += 0.0001539024807146309;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += 0.00016609327667606568;
              } else {
                result[0] += 0.00018783194459110505;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.0005647535251654729;
            } else {
              result[0] += -0.0007512017737015506;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.0004508476135174455;
            } else {
              result[0] += -0.0005480874223639541;
            }
          }
        } else {
          result[0] += -0.0004407448929869897;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              result[0] += -0.0003230252245182655;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += -0.0002698316957025726;
              } else {
                result[0] += -0.00019256051992766753;
              }
            }
          } else {
            result[0] += 6.349001422281672e-05;
          }
        } else {
          result[0] += -0.0004407448929869897;
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
          result[0] += 8.572675526041633e-05;
        } else {
          result[0] += -3.296154184455855e-05;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                result[0] += -4.8568208749424234e-05;
              } else {
                result[0] += -0.0006100390843267432;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                  result[0] += -3.296154184455855e-05;
                } else {
                  result[0] += -4.8568208749424234e-05;
                }
              } else {
                result[0] += -0.0001689279293175784;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468040.0000000000582) ) ) {
              result[0] += -0.0006100390843267432;
            } else {
              result[0] += -0.0017113495835423766;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -3.296154184455855e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.0005477710643781566;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                  result[0] += -0.0003905852293979036;
                } else {
                  result[0] += -0.00036733645410655494;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                  result[0] += -0.0002411934877962048;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                    result[0] += -0.0001936647896984695;
                  } else {
                    result[0] += -0.0001723676869868066;
                  }
                }
              } else {
                result[0] += -3.296154184455855e-05;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  result[0] += 0.0001393177327253819;
                } else {
                  result[0] += 0.00016214679527221682;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00019912631690565785;
                } else {
                  result[0] += 0.0002017500483470423;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.00010497285711308634;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00012347335727336454;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00016150059561725712;
                  } else {
                    result[0] += 0.00013395170497936776;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 8.572675526041633e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    result[0] += 9.197085134352218e-05;
                  } else {
                    result[0] += 9.802719901209508e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    result[0] += 9.960422593974931e-05;
                  } else {
                    result[0] += 0.00010497285711308634;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0001085181817892733;
                  } else {
                    result[0] += 0.00011461158727628394;
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00011945414295821827;
                  } else {
                    result[0] += 0.00013395170497936776;
                  }
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.00024813269726084246;
              } else {
                result[0] += 0.00021536720480230736;
              }
            } else {
              result[0] += 0.00015842440305031654;
            }
          } else {
            result[0] += 0.00015842440305031654;
          }
        }
      } else {
        result[0] += -3.296154184455855e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.00012356464747381084;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)32817.50000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 8.657232348805683e-05;
            } else {
              result[0] += 7.554933971263734e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -4.727293477848526e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                  result[0] += 8.082589616260967e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                    result[0] += 4.737217030652062e-05;
                  } else {
                    result[0] += 5.0751397279799094e-05;
                  }
                }
              } else {
                result[0] += 7.554933971263734e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += 8.81726818940554e-05;
              } else {
                result[0] += 9.755624356399097e-05;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 0.00011197173985227248;
              } else {
                result[0] += 0.0001185465828043621;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                result[0] += 0.00013175396293424625;
              } else {
                result[0] += 0.0001421890752888895;
              }
            } else {
              result[0] += 0.00016127034935126488;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              result[0] += -0.0004201471425293149;
            } else {
              result[0] += -0.0005079752301751827;
            }
          } else {
            result[0] += -0.000675545737097074;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0003832453659540773;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.0004929933740653573;
              } else {
                result[0] += -0.0004409204730923322;
              }
            } else {
              result[0] += -0.0003832453659540773;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1525992.000000000233) ) ) {
          result[0] += 4.724419804491769e-05;
        } else {
          result[0] += -0.0003832453659540773;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1013352.000000000116) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)927420.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)435908.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                    result[0] += 3.459554193940848e-05;
                  } else {
                    result[0] += -0.00011349640505702334;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                    result[0] += -0.0003395431063525408;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)134413.0000000000291) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                        result[0] += 3.459554193940848e-05;
                      } else {
                        result[0] += -0.00011349640505702334;
                      }
                    } else {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155650.0000000000291) ) ) {
                        result[0] += -0.00011349640505702334;
                      } else {
                        result[0] += -0.00011831812557750414;
                      }
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167888.0000000000291) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38596.50000000000728) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                        result[0] += 0.000132973559997336;
                      } else {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                          result[0] += 0.00018976162530574117;
                        } else {
                          result[0] += 0.00022057220776913462;
                        }
                      }
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                          result[0] += 7.560417176455908e-05;
                        } else {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                              result[0] += 0.00013154653073789476;
                            } else {
                              result[0] += 0.0001382005064919809;
                            }
                          } else {
                            result[0] += 0.0001496486111051688;
                          }
                        }
                      } else {
                        result[0] += 0.00018322109681260347;
                      }
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                        result[0] += 3.744522114621587e-05;
                      } else {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                          result[0] += 5.80979627079508e-05;
                        } else {
                          result[0] += 8.395506383784514e-05;
                        }
                      }
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                          result[0] += 0.00012049798476362944;
                        } else {
                          result[0] += 0.00013849458062381988;
                        }
                      } else {
                        result[0] += 0.00018322109681260347;
                      }
                    }
                  }
                } else {
                  result[0] += -0.00011349640505702334;
                }
              }
            } else {
              result[0] += -0.0003395431063525408;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -7.727263055792796e-05;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611050.0000000001164) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                        result[0] += 0.00010668451209480761;
                      } else {
                        result[0] += 3.3594868504754155e-05;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)512886.0000000000582) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)271324.0000000000582) ) ) {
                          result[0] += 0.00010949443333336248;
                        } else {
                          result[0] += 9.18645934544112e-05;
                        }
                      } else {
                        result[0] += 3.3594868504754155e-05;
                      }
                    }
                  } else {
                    result[0] += 3.3594868504754155e-05;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                  result[0] += -0.00016000440139913184;
                } else {
                  result[0] += 3.3594868504754155e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                      result[0] += -0.0002482436070049691;
                    } else {
                      result[0] += -0.00016000440139913184;
                    }
                  } else {
                    result[0] += 3.3594868504754155e-05;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                    result[0] += -0.0002482436070049691;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                        result[0] += -0.0002039144610568977;
                      } else {
                        result[0] += -0.00017133300868466797;
                      }
                    } else {
                      result[0] += -0.00013193159015718046;
                    }
                  }
                }
              } else {
                result[0] += 3.3594868504754155e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            result[0] += -0.0004534069589443126;
          } else {
            result[0] += -0.0003395431063525408;
          }
        }
      } else {
        result[0] += -0.0004534069589443126;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
        result[0] += -0.0016578486426182147;
      } else {
        result[0] += -0.001905562743021971;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        result[0] += 2.8824371540718737e-05;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += 2.8824371540718737e-05;
          } else {
            result[0] += -0.0005155854758497887;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
            result[0] += 2.8824371540718737e-05;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += 2.8824371540718737e-05;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)24633.00000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                  result[0] += -3.108026008710754e-05;
                } else {
                  result[0] += -0.0003116380788095427;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.00033623577022770057;
                } else {
                  result[0] += -0.0003116380788095427;
                }
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11217.00000000000182) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.00014991558464659245;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4545.000000000000909) ) ) {
                result[0] += 0.00014077643647155474;
              } else {
                result[0] += 0.00013996823334564524;
              }
            }
          } else {
            result[0] += 2.8824371540718737e-05;
          }
        } else {
          result[0] += 6.78401854149566e-05;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += 6.78401854149566e-05;
            } else {
              result[0] += -3.108026008710754e-05;
            }
          } else {
            result[0] += 6.78401854149566e-05;
          }
        } else {
          result[0] += -3.108026008710754e-05;
        }
      }
    }
  }
}

