
#include "header.h"

void predict_unit5(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 1.018681778381283e-05;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -8.52892577308348e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.5632228349888974e-05;
            } else {
              result[0] += -2.7264072790281075e-05;
            }
          }
        }
      } else {
        result[0] += 1.2104463093177559e-05;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -2.1482770240024313e-06;
          } else {
            result[0] += 2.1134553151906127e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -2.1482770240024313e-06;
            } else {
              result[0] += -4.731208400509147e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += -2.1482770240024313e-06;
            } else {
              result[0] += -2.1482770240024313e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 1.1474964802275925e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 2.5688566086033696e-05;
            } else {
              result[0] += 4.546124807840633e-05;
            }
          }
        } else {
          result[0] += -2.1482770240024313e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
            result[0] += 2.301862338750859e-05;
          } else {
            result[0] += 7.090154759247727e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            result[0] += 2.301862338750859e-05;
          } else {
            result[0] += 2.5467951114404952e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00017838257852749735;
              } else {
                result[0] += -0.00014328913214302537;
              }
            } else {
              result[0] += -0.00010029092121095038;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.00041604835079774055;
            } else {
              result[0] += -0.00016238713117318717;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            result[0] += 7.090154759247727e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              result[0] += -6.514999176723974e-05;
            } else {
              result[0] += 7.090154759247727e-06;
            }
          }
        }
      }
    } else {
      result[0] += 7.563627913777314e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 9.168233714943987e-06;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -7.675963712019402e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.4068774557256165e-05;
            } else {
              result[0] += -2.453696018039408e-05;
            }
          }
        }
      } else {
        result[0] += 1.0894157149757877e-05;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -1.933445124982373e-06;
          } else {
            result[0] += 1.8766757496283716e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -1.933445124982373e-06;
            } else {
              result[0] += -4.257874795941348e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += -1.933445124982373e-06;
            } else {
              result[0] += -1.933445124982373e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 1.032759315014151e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 2.3120336499527284e-05;
            } else {
              result[0] += 4.091709248322296e-05;
            }
          }
        } else {
          result[0] += -1.933445124982373e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 3.9814382322848966e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -1.7663544850427735e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                result[0] += -7.069493222885515e-07;
              } else {
                result[0] += 2.940437235059521e-07;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 9.140542694564406e-06;
              } else {
                result[0] += 1.4544013363195873e-05;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 1.964361771322955e-05;
              } else {
                result[0] += 2.5803732081342105e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            result[0] += -2.7884577132553735e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0003742791359422666;
              } else {
                result[0] += -0.0002969617595219076;
              }
            } else {
              result[0] += -2.7884577132553735e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -9.43133380379695e-07;
          } else {
            result[0] += -2.7884577132553735e-05;
          }
        }
      }
    } else {
      result[0] += 6.80780849996612e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 8.251489881565388e-06;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -6.908311415501285e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.2661703534910355e-05;
            } else {
              result[0] += -2.2082699524007895e-05;
            }
          }
        }
      } else {
        result[0] += 9.804854137182523e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -1.7400970144955848e-06;
          } else {
            result[0] += 1.6635635534789592e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -1.7400970144955848e-06;
            } else {
              result[0] += -3.831915516424317e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              result[0] += -1.7400970144955848e-06;
            } else {
              result[0] += -1.7400970144955848e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 9.294933392912897e-06;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 2.080880972697172e-05;
            } else {
              result[0] += 3.6826971858079204e-05;
            }
          }
        } else {
          result[0] += -1.7400970144955848e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 3.583444992508698e-05;
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
            result[0] += 7.1639161655065446e-06;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                result[0] += -0.0003033811684701894;
              } else {
                result[0] += -0.0003367181646705415;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                    result[0] += -0.00013172584329560353;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                      result[0] += 7.1639161655065446e-06;
                    } else {
                      result[0] += -0.00013074083683886541;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                    result[0] += -0.0001761792874026702;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                      result[0] += -0.0003033811684701894;
                    } else {
                      result[0] += -0.0001761792874026702;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                    result[0] += 7.1639161655065446e-06;
                  } else {
                    result[0] += -1.8602927235175653e-05;
                  }
                } else {
                  result[0] += -0.00012116071637473542;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += 8.713766754064254e-06;
            } else {
              result[0] += -1.8602927235175653e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += 2.6989453149308623e-05;
            } else {
              result[0] += -1.8602927235175653e-05;
            }
          }
        }
      }
    } else {
      result[0] += 6.12746775266893e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 7.42640473704213e-06;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -6.217435110097886e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.1395381931250806e-05;
            } else {
              result[0] += -1.9873966108713118e-05;
            }
          }
        }
      } else {
        result[0] += 8.824461547840929e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -1.4562734622124793e-06;
          } else {
            result[0] += 1.471754466624652e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -1.4562734622124793e-06;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -3.448584018131305e-05;
              } else {
                result[0] += -2.355558011153703e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += -1.4562734622124793e-06;
            } else {
              result[0] += -1.4562734622124793e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 8.365525368503376e-06;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 1.872834228286839e-05;
            } else {
              result[0] += 3.314556004116276e-05;
            }
          }
        } else {
          result[0] += -1.4562734622124793e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 3.225222473738609e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
            result[0] += 7.49504338788675e-06;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                result[0] += -2.4792181294089017e-06;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                    result[0] += -0.0002564404971038259;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                      result[0] += -0.00027288107829615633;
                    } else {
                      result[0] += -0.0003029385818781831;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                        result[0] += -6.305228342261747e-05;
                      } else {
                        result[0] += -0.00012992666904667067;
                      }
                    } else {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                        result[0] += -2.4792181294089017e-06;
                      } else {
                        result[0] += -0.00011765051417976826;
                      }
                    }
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                      result[0] += -0.00015853184213974875;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                        result[0] += -0.00027288107829615633;
                      } else {
                        result[0] += -0.00015853184213974875;
                      }
                    }
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                result[0] += -2.4792181294089017e-06;
              } else {
                result[0] += -1.5737949076451864e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += 7.49504338788675e-06;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 1.2218546288248977e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  result[0] += 1.680839563122064e-05;
                } else {
                  result[0] += 2.1004921545012142e-05;
                }
              }
            }
          } else {
            result[0] += -2.4792181294089017e-06;
          }
        }
      }
    } else {
      result[0] += 5.51507765318641e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 6.683817979288166e-06;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -5.595654521719227e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.0255722373793943e-05;
            } else {
              result[0] += -1.788618481899879e-05;
            }
          }
        }
      } else {
        result[0] += 7.942085901790053e-06;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += -1.2268284581364311e-06;
        } else {
          result[0] += 3.8963280917322986e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -1.2268284581364311e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -3.103612411468394e-05;
            } else {
              result[0] += -2.1199493531281918e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -1.2268284581364311e-06;
          } else {
            result[0] += 1.7563844529778132e-07;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 2.9027990852250084e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -1.1154481265860276e-06;
              } else {
                result[0] += 1.146798596189636e-06;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += 6.6058071981454055e-06;
                } else {
                  result[0] += 1.09968342473399e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  result[0] += 1.51278244358664e-05;
                } else {
                  result[0] += 2.2368882233510598e-05;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -1.1154481265860276e-06;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -6.568592726069185e-05;
                } else {
                  result[0] += -0.00014897592157867497;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                  result[0] += -1.1154481265860276e-06;
                } else {
                  result[0] += -4.08697233603671e-05;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            result[0] += 2.2368882233510598e-05;
          } else {
            result[0] += -3.877347420988421e-06;
          }
        }
      }
    } else {
      result[0] += 4.963859020197032e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 6.015479361014468e-06;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -5.036059669367406e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -9.23004842289912e-06;
            } else {
              result[0] += -1.6097271697477595e-05;
            }
          }
        }
      } else {
        result[0] += 7.147938605686712e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 1.3008573966384664e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -1.4742585908714969e-06;
              } else {
                result[0] += -2.7931592879285187e-05;
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -1.4742585908714969e-06;
                } else {
                  result[0] += 3.9053686543917925e-06;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                    result[0] += -1.4742585908714969e-06;
                  } else {
                    result[0] += 5.481313787544124e-07;
                  }
                } else {
                  result[0] += 1.3008573966384664e-05;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 8.377632825492217e-06;
            } else {
              result[0] += 1.3008573966384664e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 1.3008573966384664e-05;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
              result[0] += 4.511288492907488e-05;
            } else {
              result[0] += 3.102137248559901e-05;
            }
          } else {
            result[0] += 1.3008573966384664e-05;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 2.612599169683478e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -1.8738771993638567e-06;
              } else {
                result[0] += 1.032120017634549e-06;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += 5.945267229296018e-06;
                } else {
                  result[0] += 9.897265042547287e-06;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  result[0] += 1.361525975929739e-05;
                } else {
                  result[0] += 2.0132467738839498e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                result[0] += -5.260553888172658e-06;
              } else {
                result[0] += -2.7892334902084055e-05;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                result[0] += 9.242787650298211e-07;
              } else {
                result[0] += -5.260553888172658e-06;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            result[0] += 2.0132467738839498e-05;
          } else {
            result[0] += -2.4975826016770202e-06;
          }
        }
      }
    } else {
      result[0] += 4.4677070944554796e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 5.413965183460696e-06;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -4.532429563326196e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -8.306963697882687e-06;
            } else {
              result[0] += -1.4487294341186609e-05;
            }
          }
        }
      } else {
        result[0] += 6.43319315319246e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 1.0770126438507939e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -1.6246333520050436e-06;
              } else {
                result[0] += -2.5137696627658164e-05;
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -1.6246333520050436e-06;
                } else {
                  result[0] += 3.5148463809475164e-06;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                    result[0] += -1.6246333520050436e-06;
                  } else {
                    result[0] += 4.933186779971675e-07;
                  }
                } else {
                  result[0] += 1.0770126438507939e-05;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 7.539932020463052e-06;
            } else {
              result[0] += 1.0770126438507939e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 1.0770126438507939e-05;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
              result[0] += 4.060353324150985e-05;
            } else {
              result[0] += 2.792014867519301e-05;
            }
          } else {
            result[0] += 1.0770126438507939e-05;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 2.3514041454997738e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 1.0047641002794342e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                    result[0] += 1.0047641002794342e-05;
                  } else {
                    result[0] += -1.0872983338022005e-05;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    result[0] += 1.0047641002794342e-05;
                  } else {
                    result[0] += -1.0872983338022005e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 1.0047641002794342e-05;
              } else {
                result[0] += 1.8554855159464474e-05;
              }
            }
          } else {
            result[0] += -1.0872983338022005e-05;
          }
        } else {
          result[0] += 1.8554855159464474e-05;
        }
      }
    } else {
      result[0] += 4.0211260090225085e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -4.056502738483245e-06;
        } else {
          result[0] += -2.536361686072652e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 5.78991281678445e-06;
        } else {
          result[0] += 1.5176992373353989e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -5.7027951538009534e-05;
        } else {
          result[0] += 6.886358243410589e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -5.925159920405688e-05;
          } else {
            result[0] += -5.7027951538009534e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -3.353415914894385e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -1.070670005122194e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += -3.3668935435800087e-06;
                  } else {
                    result[0] += -1.1508709931110397e-06;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                    result[0] += 7.275997799995313e-06;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                        result[0] += 1.1246079695323998e-05;
                      } else {
                        result[0] += 1.182292182023253e-05;
                      }
                    } else {
                      result[0] += 1.3166448346839082e-05;
                    }
                  }
                } else {
                  result[0] += 1.9175274224193448e-05;
                }
              } else {
                result[0] += 4.540927656712049e-07;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                    result[0] += -5.7027951538009534e-05;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                      result[0] += -4.053815288219208e-05;
                    } else {
                      result[0] += -3.4885436661805004e-05;
                    }
                  }
                } else {
                  result[0] += 4.540927656712049e-07;
                }
              } else {
                result[0] += -5.7027951538009534e-05;
              }
            } else {
              result[0] += 4.540927656712049e-07;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 2.1163161944905508e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 9.332991415739548e-06;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                    result[0] += 9.332991415739548e-06;
                  } else {
                    result[0] += -9.785569160854269e-06;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    result[0] += 9.332991415739548e-06;
                  } else {
                    result[0] += -9.785569160854269e-06;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 9.332991415739548e-06;
              } else {
                result[0] += 1.6699695174438302e-05;
              }
            }
          } else {
            result[0] += -9.785569160854269e-06;
          }
        } else {
          result[0] += 1.6699695174438302e-05;
        }
      }
    } else {
      result[0] += 3.619167111218542e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -3.650836232265806e-06;
        } else {
          result[0] += -2.2827198452408035e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 5.210954646220347e-06;
        } else {
          result[0] += 1.3659509833339592e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -5.114470214596152e-05;
        } else {
          result[0] += 6.198172896720755e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -5.332310400686912e-05;
          } else {
            result[0] += -5.114470214596152e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -3.017967493320115e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -9.635920999911446e-06;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += -3.030192846459211e-06;
                  } else {
                    result[0] += -1.035783837472327e-06;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                    result[0] += 6.548448646096701e-06;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                        result[0] += 1.0121591264424479e-05;
                      } else {
                        result[0] += 1.0640763060757597e-05;
                      }
                    } else {
                      result[0] += 1.1849968004521078e-05;
                    }
                  }
                } else {
                  result[0] += 1.725809624700026e-05;
                }
              } else {
                result[0] += 3.5622568554392514e-07;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                    result[0] += -5.114470214596152e-05;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                      result[0] += -3.6482775182733244e-05;
                    } else {
                      result[0] += -3.1395736087057145e-05;
                    }
                  }
                } else {
                  result[0] += 3.5622568554392514e-07;
                }
              } else {
                result[0] += -5.114470214596152e-05;
              }
            } else {
              result[0] += 3.5622568554392514e-07;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.90472708871049e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 8.368456350629462e-06;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                    result[0] += 8.001375386608386e-06;
                  } else {
                    result[0] += -8.806922584109183e-06;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                      result[0] += 8.001375386608386e-06;
                    } else {
                      result[0] += 8.368456350629462e-06;
                    }
                  } else {
                    result[0] += -8.806922584109183e-06;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 8.368456350629462e-06;
              } else {
                result[0] += 1.5029994238172546e-05;
              }
            }
          } else {
            result[0] += -8.806922584109183e-06;
          }
        } else {
          result[0] += 1.5029994238172546e-05;
        }
      }
    } else {
      result[0] += 3.2573747331783596e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -3.2857404439838326e-06;
        } else {
          result[0] += -2.0544425830035344e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 4.689881939829045e-06;
        } else {
          result[0] += 1.2293736345411402e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -4.5853999984048355e-05;
        } else {
          result[0] += 5.5787206100449003e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -4.798809103531003e-05;
          } else {
            result[0] += -4.5853999984048355e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -2.7160841751667193e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -8.672240628092534e-06;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += -2.7271654027358675e-06;
                  } else {
                    result[0] += -9.322037931566486e-07;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                    result[0] += 5.893644667634757e-06;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                        result[0] += 9.109529820961135e-06;
                      } else {
                        result[0] += 9.57679298197606e-06;
                      }
                    } else {
                      result[0] += 1.0665104421500737e-05;
                    }
                  }
                } else {
                  result[0] += 1.55325693465049e-05;
                }
              } else {
                result[0] += 2.683061218639948e-07;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                result[0] += -2.8893410466528337e-05;
              } else {
                result[0] += -4.5853999984048355e-05;
              }
            } else {
              result[0] += 2.683061218639948e-07;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.7142889328720342e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.50000000000001421) ) ) {
                result[0] += 3.93603666862106e-06;
              } else {
                result[0] += -7.926162865780217e-06;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                  result[0] += 3.93603666862106e-06;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                    result[0] += 6.261139446495619e-06;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 7.161248801896303e-06;
                    } else {
                      result[0] += 8.446178398603082e-06;
                    }
                  }
                }
              } else {
                result[0] += 1.3527207042109661e-05;
              }
            }
          } else {
            result[0] += -7.926162865780217e-06;
          }
        } else {
          result[0] += 1.3527207042109661e-05;
        }
      }
    } else {
      result[0] += 2.9317381055091456e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -2.957156117070867e-06;
        } else {
          result[0] += -1.8489944067037775e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 4.220918420246937e-06;
        } else {
          result[0] += 1.1064502234517722e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -4.10964015514857e-05;
        } else {
          result[0] += 5.021144233951549e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -4.318709820261093e-05;
          } else {
            result[0] += -3.2876919674122984e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += -1.2252090409275116e-06;
            } else {
              result[0] += 4.663607433694979e-06;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                  result[0] += -1.562648930590577e-05;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                    result[0] += -2.244057882392264e-05;
                  } else {
                    result[0] += -2.3004638557971547e-05;
                  }
                }
              } else {
                result[0] += -2.9351529397132564e-05;
              }
            } else {
              result[0] += 2.656735963946361e-06;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.5428879415434194e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.50000000000001421) ) ) {
                result[0] += 3.4753404373083243e-06;
              } else {
                result[0] += -7.133476857855338e-06;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                  result[0] += 3.4753404373083243e-06;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                    result[0] += 5.635062742026414e-06;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 6.4451718040296965e-06;
                    } else {
                      result[0] += 7.601624184054416e-06;
                    }
                  }
                }
              } else {
                result[0] += 1.2174660421144542e-05;
              }
            }
          } else {
            result[0] += -7.133476857855338e-06;
          }
        } else {
          result[0] += 1.2174660421144542e-05;
        }
      }
    } else {
      result[0] += 2.6386459063148254e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -2.6614325330953766e-06;
        } else {
          result[0] += -1.6640919196176982e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 3.7988429166397045e-06;
        } else {
          result[0] += 9.958171543495317e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -4.95245876281047e-07;
        } else {
          result[0] += 4.037081409994888e-06;
        }
      } else {
        result[0] += 1.7957001769044463e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.3886218194530503e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 2.9670066302830897e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 1.2542246052170365e-06;
              } else {
                result[0] += -2.883701808327656e-07;
              }
            }
          } else {
            result[0] += -6.420084388303939e-06;
          }
        } else {
          result[0] += 1.0957335624785674e-05;
        }
      }
    } else {
      result[0] += 2.3748476872690553e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -2.395282273967577e-06;
        } else {
          result[0] += -1.4976801735817368e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 3.4189699512704015e-06;
        } else {
          result[0] += 8.96244593483625e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -4.457209226128797e-07;
        } else {
          result[0] += 3.6333882463285397e-06;
        }
      } else {
        result[0] += 1.6161607617489255e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.249777892992512e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 2.6703144207169332e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 1.1288046090629633e-06;
              } else {
                result[0] += -2.5953476073677176e-07;
              }
            }
          } else {
            result[0] += -5.778036347509931e-06;
          }
        } else {
          result[0] += 9.861717711253848e-06;
        }
      }
    } else {
      result[0] += 2.13741638536382e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -2.155748546235313e-06;
        } else {
          result[0] += -1.3479099190103892e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 3.077084982261958e-06;
        } else {
          result[0] += 8.066278748606437e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -4.011484155470869e-07;
        } else {
          result[0] += 3.270061387486904e-06;
        }
      } else {
        result[0] += 1.4545694415137048e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.1248149575758498e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 2.403289913066666e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 1.0159227813232261e-06;
              } else {
                result[0] += -2.3358226582770947e-07;
              }
            }
          } else {
            result[0] += -5.200199741776893e-06;
          }
        } else {
          result[0] += 8.875637604135426e-06;
        }
      }
    } else {
      result[0] += 1.9237182282510537e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -1.9401691954006777e-06;
        } else {
          result[0] += -1.2131170463805832e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 2.7693864608804883e-06;
        } else {
          result[0] += 7.259714355298573e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -3.6103364058317823e-07;
        } else {
          result[0] += 2.943065047117566e-06;
        }
      } else {
        result[0] += 1.3091325018246433e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 1.0123454441197134e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 2.1629662653883737e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 9.143321390453507e-07;
              } else {
                result[0] += -2.1022175928976644e-07;
              }
            }
          } else {
            result[0] += -4.680153261605649e-06;
          }
        } else {
          result[0] += 7.988147065594949e-06;
        }
      }
    } else {
      result[0] += 1.7313813254614346e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -1.746149130823401e-06;
        } else {
          result[0] += -1.0918038708061297e-06;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 2.492454229509578e-06;
        } else {
          result[0] += 6.53379068431306e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -3.249301825712394e-07;
        } else {
          result[0] += 2.6487683257092674e-06;
        }
      } else {
        result[0] += 1.1782356070307225e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 9.111207083336932e-06;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 1.9466741245837705e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 8.229008524664478e-07;
              } else {
                result[0] += -1.892025331195942e-07;
              }
            }
          } else {
            result[0] += -4.2121186362155455e-06;
          }
        } else {
          result[0] += 7.18939578717124e-06;
        }
      }
    } else {
      result[0] += 1.5582717727921808e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -1.5715309171365973e-06;
        } else {
          result[0] += -9.826222985474091e-07;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 2.2432165726217374e-06;
        } else {
          result[0] += 5.880451729994078e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -2.924369607424798e-07;
        } else {
          result[0] += 2.3838975527952667e-06;
        }
      } else {
        result[0] += 1.0604253305481119e-05;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 8.200164340467581e-06;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 1.7520105247024565e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 7.406101164432209e-07;
              } else {
                result[0] += -1.7028151494800854e-07;
              }
            }
          } else {
            result[0] += -3.7908896089664803e-06;
          }
        } else {
          result[0] += 6.470501940692855e-06;
        }
      }
    } else {
      result[0] += 1.4024676120797189e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -1.4143756419804817e-06;
        } else {
          result[0] += -8.843593969678164e-07;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 2.0188981917382677e-06;
        } else {
          result[0] += 5.292439670771758e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -2.631928795342112e-07;
        } else {
          result[0] += 2.145513715249071e-06;
        }
      } else {
        result[0] += 9.543934080486693e-06;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 7.380212265055768e-06;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += 1.5768122655464648e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += 6.665493791024382e-07;
              } else {
                result[0] += -1.532520275169214e-07;
              }
            }
          } else {
            result[0] += -3.4117853032116225e-06;
          }
        } else {
          result[0] += 5.823491945096596e-06;
        }
      }
    } else {
      result[0] += 1.2622395585144146e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -1.2729362531103206e-06;
        } else {
          result[0] += -7.959225780197365e-07;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 1.8170133749422447e-06;
        } else {
          result[0] += 4.763222286418274e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -2.368737260217102e-07;
        } else {
          result[0] += 1.9309651514883235e-06;
        }
      } else {
        result[0] += 8.589628313119442e-06;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 1.4248477482361277e-06;
    } else {
      result[0] += 1.136030666825723e-05;
    }
  }
}

