
#include "header.h"

void predict_unit2(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.00035277068148247405;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0013786215830245948;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                  result[0] += 0.0026861532157444017;
                } else {
                  result[0] += 0.00123070705775218;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                    result[0] += 0.0002186658027531192;
                  } else {
                    result[0] += 0.00123070705775218;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                    result[0] += -0.00012424067626553293;
                  } else {
                    result[0] += 0.0007395383689404608;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.0026861532157444017;
              } else {
                result[0] += 0.0016505952369003014;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0045531866123269035;
            } else {
              result[0] += -0.002309411253597087;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                  result[0] += -0.0008256600300669113;
                } else {
                  result[0] += -0.0016138529337599206;
                }
              } else {
                result[0] += -0.00035277068148247405;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += -0.0016138529337599206;
              } else {
                result[0] += -0.0007468413261421144;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0013786215830245948;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -4.527445379441474e-05;
                  } else {
                    result[0] += 0.0007395383689404608;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                      result[0] += -0.00032302552269974384;
                    } else {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        result[0] += -0.0006843949154058861;
                      } else {
                        result[0] += -0.0013786215830245948;
                      }
                    }
                  } else {
                    result[0] += -8.368524388724385e-05;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += 0.0007395383689404608;
                } else {
                  result[0] += 0.0016505952369003014;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                result[0] += -0.0013786215830245948;
              } else {
                result[0] += -0.0016138529337599206;
              }
            } else {
              result[0] += -0.0002612741274578879;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.010949909111272811;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.006067146921227727;
            } else {
              result[0] += -0.008336549133697744;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.006567437882591508;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              result[0] += -0.0021732504244535997;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.005058152823963049;
              } else {
                result[0] += -0.0032910306692877384;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += -0.00035277068148247405;
          } else {
            result[0] += -0.0016138529337599206;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0027775025880538698;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.0016138529337599206;
            } else {
              result[0] += -0.0027775025880538698;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += 0.00024687733959634963;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.0020896952279711957;
              } else {
                result[0] += 0.0015072471358794923;
              }
            }
          } else {
            result[0] += -0.000820989613912055;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0009242530905532444;
              } else {
                result[0] += 0.00047293885555520855;
              }
            } else {
              result[0] += 0.0011400350012061762;
            }
          } else {
            result[0] += -0.0009242530905532444;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
          result[0] += 0.002978857504003142;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            result[0] += 0.001719534042895792;
          } else {
            result[0] += 0.0023300473574568285;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.001815859667699416;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              result[0] += 0.0004050965067229353;
            } else {
              result[0] += -0.0006822047241178866;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.0021379221560194027;
            } else {
              result[0] += -0.00473446135151687;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              result[0] += -0.0009242530905532444;
            } else {
              result[0] += -0.001552462217631501;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            result[0] += 0.0008522061028268645;
          } else {
            result[0] += 0.0018632124649230032;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            result[0] += -0.0005350198917640667;
          } else {
            result[0] += 0.000741316281013989;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97.00000000000001421) ) ) {
          result[0] += -0.0012064767914616954;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            result[0] += -0.0036783105021847527;
          } else {
            result[0] += -0.0052824053632261414;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                  result[0] += 0.0013830918972192107;
                } else {
                  result[0] += 0.00010871041453212245;
                }
              } else {
                result[0] += 0.00010871041453212245;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0012064767914616954;
              } else {
                result[0] += 8.557582409182631e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.0015321424699751287;
              } else {
                result[0] += 0.0008662531580110656;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.0026913619723277116;
              } else {
                result[0] += 0.0016420980247305436;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                      result[0] += -0.0006794175047361815;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                        result[0] += -0.0018913192873086895;
                      } else {
                        result[0] += -0.0012064767914616954;
                      }
                    }
                  } else {
                    result[0] += -0.0018913192873086895;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                    result[0] += -0.002609435578782492;
                  } else {
                    result[0] += -0.0018913192873086895;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += -0.0006031289884130663;
                } else {
                  result[0] += 8.045677537279111e-05;
                }
              }
            } else {
              result[0] += -0.0035004484318399325;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                      result[0] += 2.9423441309154736e-05;
                    } else {
                      result[0] += -0.0010420230459039631;
                    }
                  } else {
                    result[0] += -0.0010420230459039631;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210646.0000000000291) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                      result[0] += 2.9423441309154736e-05;
                    } else {
                      result[0] += 0.00048443832212738977;
                    }
                  } else {
                    result[0] += -0.00029728890354066914;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 0.0008662531580110656;
                } else {
                  result[0] += 0.0016420980247305436;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
                    result[0] += -0.0013149601109465304;
                  } else {
                    result[0] += -0.00019852679272959253;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                    result[0] += -0.0035004484318399325;
                  } else {
                    result[0] += -0.0020409419868959674;
                  }
                }
              } else {
                result[0] += -0.0035004484318399325;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.008628647428720099;
        } else {
          result[0] += -0.0052824053632261414;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
          result[0] += -0.0035004484318399325;
        } else {
          result[0] += -0.004756511751481229;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0010541810792962542;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.002128493143764399;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.000903875631789298;
                } else {
                  result[0] += 0.0012885866203729238;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0002559584281872142;
              } else {
                result[0] += 0.0007801719211036101;
              }
            }
          }
        } else {
          result[0] += -0.0010541810792962542;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            result[0] += 0.002128493143764399;
          } else {
            result[0] += 0.002790962657074421;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
              result[0] += 0.0010966052335314156;
            } else {
              result[0] += 0.00023364907788548674;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 0.0014543817942773804;
            } else {
              result[0] += 0.0019741662278542284;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          result[0] += -0.0010541810792962542;
        } else {
          result[0] += 0.0007801719211036101;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                result[0] += -0.0017514472240856404;
              } else {
                result[0] += -0.0010541810792962542;
              }
            } else {
              result[0] += -0.0003307190328971524;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.001917619937962363;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.001917619937962363;
              } else {
                result[0] += -0.0037959197726485858;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.00023364907788548674;
            } else {
              result[0] += 0.0007801719211036101;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.001917619937962363;
            } else {
              result[0] += -0.00017046038318893264;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0002765843358629165;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0011119481324980251;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.002181850368693386;
                } else {
                  result[0] += 0.0011277719137943955;
                }
              } else {
                result[0] += 0.0023892768308479972;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.0007494854409025528;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  result[0] += 0.0008911520339865864;
                } else {
                  result[0] += 0.0014488944293844;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.003814650673741173;
            } else {
              result[0] += -0.0016579458101832326;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
                  result[0] += -0.0002765843358629165;
                } else {
                  result[0] += -0.0014683281183077378;
                }
              } else {
                result[0] += -0.0002765843358629165;
              }
            } else {
              result[0] += -0.0016085993177969657;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.00112933488741946;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -1.848228819643537e-05;
                  } else {
                    result[0] += 0.0007494854409025528;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        result[0] += -0.0005011981646820469;
                      } else {
                        result[0] += 5.96213313399309e-05;
                      }
                    } else {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        result[0] += -0.0005011981646820469;
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)228824.0000000000291) ) ) {
                          result[0] += -0.000455592705379244;
                        } else {
                          result[0] += -0.00112933488741946;
                        }
                      }
                    }
                  } else {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += -0.00020648425948108858;
                    } else {
                      result[0] += 0.0003250792961189146;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += 0.0007494854409025528;
                } else {
                  result[0] += 0.0011277719137943955;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += -0.00112933488741946;
            } else {
              result[0] += -2.1355880113227077e-05;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.0058025094254581175;
            } else {
              result[0] += -0.008233994626709502;
            }
          } else {
            result[0] += -0.00449365653689576;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0054728256317104285;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.003015959158445611;
              } else {
                result[0] += -0.005231955156653484;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.0018373209922564583;
            } else {
              result[0] += -0.0037207948068755446;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
          result[0] += -0.0002765843358629165;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0018373209922564583;
          } else {
            result[0] += -0.00112933488741946;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += 0.000380139826069242;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                result[0] += 0.0024890009936090647;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0016828630666873515;
                } else {
                  result[0] += 0.001318193002569498;
                }
              }
            }
          } else {
            result[0] += -0.0004934792177916804;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0004934792177916804;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += 0.0010712552924898213;
              } else {
                result[0] += 0.0006266498642706772;
              }
            }
          } else {
            result[0] += -0.0004934792177916804;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
          result[0] += 0.0024890009936090647;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            result[0] += 0.0014533116730994086;
          } else {
            result[0] += 0.0019323551623001943;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0015431251661786717;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              result[0] += 0.00035715759432348006;
            } else {
              result[0] += -0.0006408989752763568;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.0018458225659774082;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.005593787494460325;
              } else {
                result[0] += -0.0028132921725557004;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
              result[0] += -0.0007493204916640506;
            } else {
              result[0] += -0.0013054978500706574;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            result[0] += 0.0007912866924038131;
          } else {
            result[0] += 0.0015937327040760321;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            result[0] += -0.0003300373911250353;
          } else {
            result[0] += 0.0007238458943500815;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          result[0] += -0.0010207710573329318;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.0010207710573329318;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                  result[0] += -0.00043887777027613856;
                } else {
                  result[0] += 0.0003458491972476766;
                }
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0006839841572975979;
              } else {
                result[0] += 0.00104626503041064;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0006562726161596994;
              } else {
                result[0] += 0.001337950138676016;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.002112945442551391;
              } else {
                result[0] += 0.0014010420542653664;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.0021068270845311554;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -0.0005257316246530091;
                } else {
                  result[0] += 5.301777322803858e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += -0.0011015007514148867;
                } else {
                  result[0] += -6.252780765226108e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                result[0] += -0.001412284383739939;
              } else {
                result[0] += -0.0008447786964084338;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0010207710573329318;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                        result[0] += -9.84875686573917e-07;
                      } else {
                        result[0] += 0.0004155066230638954;
                      }
                    } else {
                      result[0] += -0.0004186512251687597;
                    }
                  } else {
                    result[0] += 0.0006426898375809603;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    result[0] += -0.0008900461670781293;
                  } else {
                    result[0] += -0.0004186512251687597;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
                  result[0] += 0.0006426898375809603;
                } else {
                  result[0] += 0.0013320303008941907;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              result[0] += -0.0011015007514148867;
            } else {
              result[0] += -9.432613096326031e-05;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.004278088181967405;
            } else {
              result[0] += -0.006136168318280358;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              result[0] += -0.0020552445202599;
            } else {
              result[0] += -0.00362657698332471;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.002765286095076211;
            } else {
              result[0] += -0.0011828452994861584;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.006289965559619554;
              } else {
                result[0] += -0.004102177734168705;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  result[0] += -0.0026613286684162908;
                } else {
                  result[0] += -0.004102177734168705;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                    result[0] += -0.002300464457848829;
                  } else {
                    result[0] += -0.0011828452994861584;
                  }
                } else {
                  result[0] += -0.00309847673602193;
                }
              }
            }
          }
        }
      } else {
        result[0] += -0.0011015007514148867;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
            result[0] += 0.0021820115185509008;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00018767258127265463;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += 0.0014266240860547493;
              } else {
                result[0] += 0.0007099873268047378;
              }
            }
          }
        } else {
          result[0] += 0.0021820115185509008;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0011143053989650308;
            } else {
              result[0] += 0.000593269272492215;
            }
          } else {
            result[0] += -0.001122777510845027;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += 0.001212047176261841;
            } else {
              result[0] += 0.0007099873268047378;
            }
          } else {
            result[0] += 0.0015088925686130923;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0011149288689067218;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
              result[0] += 0.000593269272492215;
            } else {
              result[0] += 0.0001739618118226365;
            }
          }
        } else {
          result[0] += 0.0011488834981834312;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.003663468688439145;
          } else {
            result[0] += -0.001122777510845027;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              result[0] += 0.0001739618118226365;
            } else {
              result[0] += 0.0010737262427613578;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
              result[0] += 0.0001739618118226365;
            } else {
              result[0] += -0.001122777510845027;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
          result[0] += -0.0002154157858247584;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
            result[0] += -0.0026158004542856956;
          } else {
            result[0] += -0.005392632786494287;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          result[0] += -0.005392632786494287;
        } else {
          result[0] += -0.008598596065505965;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.0011859512324932145;
              } else {
                result[0] += 0.0003110066690075255;
              }
            } else {
              result[0] += -0.00012622740719208476;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              result[0] += 0.0011859512324932145;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.002046987975895328;
              } else {
                result[0] += 0.0011859512324932145;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                    result[0] += -0.0002154157858247584;
                  } else {
                    result[0] += 0.00042948486996081524;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.0018974676389758765;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                        result[0] += -0.001082988413978066;
                      } else {
                        result[0] += -0.0002154157858247584;
                      }
                    } else {
                      result[0] += -0.0011119789631986183;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                      result[0] += -0.0018974676389758765;
                    } else {
                      result[0] += -0.0025088680450881563;
                    }
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                      result[0] += -0.0002154157858247584;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                        result[0] += -0.0011119789631986183;
                      } else {
                        result[0] += -0.0018974676389758765;
                      }
                    }
                  }
                } else {
                  result[0] += -0.0025088680450881563;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                    result[0] += -0.00012622740719208476;
                  } else {
                    result[0] += -0.00038016126106588;
                  }
                } else {
                  result[0] += -0.0010187078111855662;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += 0.0004847801322311189;
                } else {
                  result[0] += 0.0011066108505474882;
                }
              }
            }
          } else {
            result[0] += -0.0025088680450881563;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          result[0] += -0.0025088680450881563;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                  result[0] += -0.006625931876284148;
                } else {
                  result[0] += -0.004809354893198767;
                }
              } else {
                result[0] += -0.002606380598507977;
              }
            } else {
              result[0] += -0.003436231957265037;
            }
          } else {
            result[0] += -0.0025088680450881563;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0003998035694794868;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                    result[0] += 0.0016815743301944797;
                  } else {
                    result[0] += 0.0007828229779123978;
                  }
                } else {
                  result[0] += 0.0006129855875657724;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                    result[0] += 0.0014599462857039554;
                  } else {
                    result[0] += 0.0010069157373357501;
                  }
                } else {
                  result[0] += 0.0010069157373357501;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.0016815743301944797;
              } else {
                result[0] += 0.00220322675086854;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0011480008271208591;
              } else {
                result[0] += 0.0014599462857039554;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0005756773094455259;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0006129855875657724;
                } else {
                  result[0] += 0.0008023938695987166;
                }
              } else {
                result[0] += -0.0002210772431897217;
              }
            } else {
              result[0] += 0.0011480008271208591;
            }
          }
        }
      } else {
        result[0] += -0.0005756773094455259;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.002569728450941147;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0011008221875392142;
            } else {
              result[0] += -0.000489732564592285;
            }
          }
        } else {
          result[0] += 0.0006129855875657724;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.002569728450941147;
            } else {
              result[0] += -0.004622623946794242;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
              result[0] += -0.0011008221875392142;
            } else {
              result[0] += -0.0013130489322040716;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
            result[0] += 1.6601445625065243e-06;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              result[0] += -0.0005756773094455259;
            } else {
              result[0] += -0.0012145667693832388;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
        result[0] += -0.00014858808608008336;
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
              result[0] += -0.00462526319720154;
            } else {
              result[0] += -0.007021652305974077;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              result[0] += -0.002357979315890315;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.004551172354866027;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -0.0034772120594825334;
                } else {
                  result[0] += -0.005224915214865483;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0031412913857792033;
              } else {
                result[0] += -0.002338968126677602;
              }
            } else {
              result[0] += -0.0042296389282649996;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
              result[0] += -0.0006884935742559567;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0024229479715996358;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
                    result[0] += -0.001355028935663207;
                  } else {
                    result[0] += -0.002076094134371406;
                  }
                }
              } else {
                result[0] += -0.0038202686349041778;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
                result[0] += 0.0008079671649686634;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                  result[0] += -0.00014858808608008336;
                } else {
                  result[0] += -0.0007693778450709884;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                  result[0] += 0.0016250316005153376;
                } else {
                  result[0] += 0.0006190694351610268;
                }
              } else {
                result[0] += 0.0006190694351610268;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += 0.0016250316005153376;
              } else {
                result[0] += 0.002099866608047344;
              }
            } else {
              result[0] += 0.0009100929772498591;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += -0.00014858808608008336;
              } else {
                result[0] += -0.0004306531403155679;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  result[0] += 0.0006190694351610268;
                } else {
                  result[0] += 0.0003886236952817655;
                }
              } else {
                result[0] += 0.0009100929772498591;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
              result[0] += -0.0004306531403155679;
            } else {
              result[0] += -0.0007693778450709884;
            }
          }
        }
      } else {
        result[0] += -0.0016309840428488502;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              result[0] += 0.001817070971100964;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.0008136205869973053;
              } else {
                result[0] += 0.0011387288648252302;
              }
            }
          } else {
            result[0] += -0.00043317408871301993;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                  result[0] += 0.0008136205869973053;
                } else {
                  result[0] += 0.0004773263013358456;
                }
              } else {
                result[0] += 0.0010928861471090057;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.00043317408871301993;
              } else {
                result[0] += 0.00046369313440775933;
              }
            }
          } else {
            result[0] += -0.00043317408871301993;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            result[0] += 0.001817070971100964;
          } else {
            result[0] += 0.0022638822722744097;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
            result[0] += 0.001150688177447648;
          } else {
            result[0] += 0.001527011997815638;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.00043317408871301993;
          } else {
            result[0] += 0.00038759979262289974;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0015609824572952442;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -0.00043317408871301993;
              } else {
                result[0] += -0.0008988370347911021;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0016022710293545348;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.004548004377908952;
                } else {
                  result[0] += -0.0022750269496986564;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                result[0] += -0.0008988370347911021;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                  result[0] += -0.0008988370347911021;
                } else {
                  result[0] += -0.0022750269496986564;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
            result[0] += 0.001030850461593927;
          } else {
            result[0] += 0.001527011997815638;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += 0.00038759979262289974;
            } else {
              result[0] += -0.0004470824334354919;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              result[0] += 0.0012340598578556537;
            } else {
              result[0] += 0.0004055530703951014;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += -0.00013046226885161816;
            } else {
              result[0] += -0.00297063839755581;
            }
          } else {
            result[0] += -0.004170334140212188;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += -0.00013046226885161816;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                result[0] += -0.000975325109257731;
              } else {
                result[0] += -0.0018239607374849762;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.002614122414058871;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                  result[0] += -0.0018239607374849762;
                } else {
                  result[0] += -0.002614122414058871;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.004651592766253252;
          } else {
            result[0] += -0.0027461737067867066;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.006711644775407766;
          } else {
            result[0] += -0.004909188331037755;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                result[0] += 0.0005876607676069868;
              } else {
                result[0] += -6.803475578088954e-05;
              }
            } else {
              result[0] += -0.0005101713971395809;
            }
          } else {
            result[0] += -0.000975325109257731;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.0005876607676069868;
              } else {
                result[0] += 0.0001426027667367727;
              }
            } else {
              result[0] += -0.000975325109257731;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += 0.0012961890663543457;
              } else {
                result[0] += 0.0018481390038496606;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += 0.0004678695600704743;
              } else {
                result[0] += 0.0010646032824794573;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            result[0] += -0.000975325109257731;
          } else {
            result[0] += -0.00016311468464439056;
          }
        } else {
          result[0] += -0.001408471826937959;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.0005555434809235627;
            } else {
              result[0] += 0.00018174219009063476;
            }
          } else {
            result[0] += 0.0005555434809235627;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0004953963937589755;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.00018174219009063476;
              } else {
                result[0] += 0.0005555434809235627;
              }
            } else {
              result[0] += 0.00018174219009063476;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                  result[0] += 0.0010810316509918265;
                } else {
                  result[0] += 0.0006672770412637723;
                }
              } else {
                result[0] += 0.0005555434809235627;
              }
            } else {
              result[0] += -0.0004953963937589755;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.001453700718838654;
              } else {
                result[0] += 0.0010627133523529119;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                result[0] += 0.0007687421412867468;
              } else {
                result[0] += 0.0005555434809235627;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0015178321134304274;
              } else {
                result[0] += 0.0018982850613778694;
              }
            } else {
              result[0] += 0.0020906732692805843;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0008425752525614652;
              } else {
                result[0] += 0.0012325888883667768;
              }
            } else {
              result[0] += 0.001403950143450499;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0007130339136417109;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += -0.0006504716754505817;
              } else {
                result[0] += -0.0004953963937589755;
              }
            }
          } else {
            result[0] += 0.00026703955511154733;
          }
        } else {
          result[0] += 0.00018174219009063476;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.00687379390745457;
          } else {
            result[0] += -0.005076393949040069;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
              result[0] += -0.0006504716754505817;
            } else {
              result[0] += 0.00018174219009063476;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += -0.0006504716754505817;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                    result[0] += -0.0023330369028156856;
                  } else {
                    result[0] += -0.0029554703521717943;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                    result[0] += -0.0033653272111554542;
                  } else {
                    result[0] += -0.0018018632857152207;
                  }
                }
              } else {
                result[0] += -0.0033653272111554542;
              }
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
          result[0] += -0.0001083456847361806;
        } else {
          result[0] += -0.0009076436924893511;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0036369772421177304;
            } else {
              result[0] += -0.0025952189020420438;
            }
          } else {
            result[0] += -0.004964974632477353;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              result[0] += -0.002157737759534822;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.004004777413750492;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.003107415553157244;
                } else {
                  result[0] += -0.005476408085663326;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
              result[0] += -0.0009076436924893511;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.0021974500045213474;
              } else {
                result[0] += -0.004004777413750492;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0001083456847361806;
            } else {
              result[0] += 0.00031086931219379964;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.001275047237279989;
                } else {
                  result[0] += 0.0007916175369217606;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += 0.00031086931219379964;
                } else {
                  result[0] += 0.000609872290428474;
                }
              }
            } else {
              result[0] += 0.001275047237279989;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += -0.0001083456847361806;
              } else {
                result[0] += -0.00026766301477156306;
              }
            } else {
              result[0] += -0.0007198274667020444;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                    result[0] += 0.00044787187470353196;
                  } else {
                    result[0] += 0.0009683159029984612;
                  }
                } else {
                  result[0] += 8.72457142300195e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  result[0] += 0.0007337496886212673;
                } else {
                  result[0] += 0.001102855467318236;
                }
              }
            } else {
              result[0] += 8.72457142300195e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += -0.0029164280949942915;
            } else {
              result[0] += -0.0012398563565628924;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.000989678141895675;
              } else {
                result[0] += -0.0018388827013831486;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0031706912823891474;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                    result[0] += -0.0030719883054343426;
                  } else {
                    result[0] += -0.0018388827013831486;
                  }
                } else {
                  result[0] += -0.0030719883054343426;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              result[0] += 0.001275047237279989;
            } else {
              result[0] += 8.72457142300195e-05;
            }
          } else {
            result[0] += -0.0012398563565628924;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
        result[0] += 0.0004395402877564578;
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                result[0] += 0.0016616779145734281;
              } else {
                result[0] += 0.0010690470885503318;
              }
            } else {
              result[0] += 0.0010690470885503318;
            }
          } else {
            result[0] += 0.0016616779145734281;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
              result[0] += 0.0008978508277257039;
            } else {
              result[0] += 0.0005953380697543685;
            }
          } else {
            result[0] += 0.0010743714563106498;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0018817763216841554;
            } else {
              result[0] += -0.0004595313188905238;
            }
          } else {
            result[0] += 0.0004395402877564578;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0019384192629791517;
              } else {
                result[0] += -0.0009291803164237152;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.003575939511628308;
              } else {
                result[0] += -0.0013373418292043802;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                  result[0] += -0.00017576717184099162;
                } else {
                  result[0] += -0.0006627037710913357;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                  result[0] += 0.0003878009596209973;
                } else {
                  result[0] += -0.00017576717184099162;
                }
              }
            } else {
              result[0] += -0.0006627037710913357;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            result[0] += 0.0007097122073442837;
          } else {
            result[0] += 0.0010743714563106498;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
            result[0] += 0.0004395402877564578;
          } else {
            result[0] += -0.00018317138077581332;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += -0.0001234851588636169;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
              result[0] += -0.0008459331232503402;
            } else {
              result[0] += -0.0011962756621606925;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0034299228922478548;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                result[0] += -0.0021306302828565287;
              } else {
                result[0] += -0.0030279447313195313;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8762.000000000001819) ) ) {
              result[0] += -0.00047471281161934266;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0014216396021919586;
                } else {
                  result[0] += -0.0011962756621606925;
                }
              } else {
                result[0] += -0.0021306302828565287;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.004352550427325847;
            } else {
              result[0] += -0.0033808861520950606;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0026266691988374204;
            } else {
              result[0] += -0.0021306302828565287;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.005238075215496366;
            } else {
              result[0] += -0.007460244774314975;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              result[0] += -0.004116607680772938;
            } else {
              result[0] += -0.004886526171261241;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.00045500588024514796;
              } else {
                result[0] += -0.0001234851588636169;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                result[0] += -0.00028295514885717956;
              } else {
                result[0] += -0.0008459331232503402;
              }
            }
          } else {
            result[0] += -0.0008459331232503402;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.00045500588024514796;
              } else {
                result[0] += 9.778129924245826e-05;
              }
            } else {
              result[0] += -0.0008459331232503402;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 0.0011052122831135547;
              } else {
                result[0] += 0.0016304245706148645;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                  result[0] += 0.00036148431097744044;
                } else {
                  result[0] += -0.0004649460422821772;
                }
              } else {
                result[0] += 0.0008299564877327849;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += -0.0008459331232503402;
            } else {
              result[0] += -0.0005411444716152786;
            }
          } else {
            result[0] += -0.00093941931392665;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            result[0] += -0.0004649460422821772;
          } else {
            result[0] += -0.00015358615364008797;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
          result[0] += 0.0004988069884200237;
        } else {
          result[0] += -0.0004186160063273675;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                result[0] += 0.0009809565737831914;
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0004988069884200237;
                } else {
                  result[0] += 0.0007031086756083774;
                }
              }
            } else {
              result[0] += 0.0002540907323747255;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0012110133610374221;
                } else {
                  result[0] += 0.0014625824245420756;
                }
              } else {
                result[0] += 0.0016648069340822855;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                result[0] += 0.0011022086582309519;
              } else {
                result[0] += 0.000855011209183087;
              }
            }
          }
        } else {
          result[0] += -0.0004186160063273675;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
        result[0] += -0.0004186160063273675;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.005963180524795726;
          } else {
            result[0] += -0.004462943679071552;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += -0.000527726199436023;
            } else {
              result[0] += -0.0004186160063273675;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += -0.000527726199436023;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.002463519812393987;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -0.0019321417005910098;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                      result[0] += -0.0024528788514403335;
                    } else {
                      result[0] += -0.0013488953979273988;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -0.002463519812393987;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                      result[0] += -0.002826595526156199;
                    } else {
                      result[0] += -0.0018034292531716241;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.005012415393076652;
                  } else {
                    result[0] += -0.002826595526156199;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
        result[0] += -0.0013129289485905229;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
            result[0] += -0.0031691673507104946;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.004385726422055812;
            } else {
              result[0] += -0.0033116924693026347;
            }
          }
        } else {
          result[0] += -0.005954508136270979;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                  result[0] += 0.0005424733259350915;
                } else {
                  result[0] += -5.9206314459622236e-05;
                }
              } else {
                result[0] += -5.9206314459622236e-05;
              }
            } else {
              result[0] += -0.0006337635694593903;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0018694330856976122;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                  result[0] += -5.9206314459622236e-05;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
                          result[0] += -5.9206314459622236e-05;
                        } else {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                            result[0] += -0.0006337635694593903;
                          } else {
                            result[0] += -0.0008566854541660585;
                          }
                        }
                      } else {
                        result[0] += -0.0015994278707237904;
                      }
                    } else {
                      result[0] += -0.0015994278707237904;
                    }
                  } else {
                    result[0] += -0.0006337635694593903;
                  }
                }
              } else {
                result[0] += -0.0018694330856976122;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += 0.0009314969291380125;
              } else {
                result[0] += 0.0014611982144229975;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
                result[0] += 0.00042957519356901365;
              } else {
                result[0] += 7.27454524642174e-05;
              }
            }
          } else {
            result[0] += -0.0006337635694593903;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            result[0] += -0.0018775237564580762;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += -0.0038439057380203756;
              } else {
                result[0] += -0.0018775237564580762;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.003525123387725126;
              } else {
                result[0] += -0.0024037146488723924;
              }
            }
          }
        } else {
          result[0] += -0.0006337635694593903;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0006571916361046366;
        } else {
          result[0] += 0.0004065720994165855;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.00448483141983463;
                } else {
                  result[0] += 0.002919450630320703;
                }
              } else {
                result[0] += 0.0020021491265308773;
              }
            } else {
              result[0] += 0.0008192386563937327;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += 0.000603388285197276;
            } else {
              result[0] += 0.0008192386563937327;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            result[0] += 0.0006000038001438133;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
              result[0] += 0.0008192386563937327;
            } else {
              result[0] += 0.000652852846053026;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
            result[0] += -0.0006571916361046366;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.00228110545261961;
            } else {
              result[0] += -0.004151892853541007;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
            result[0] += -2.2697217430458935e-05;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                result[0] += -2.2697217430458935e-05;
              } else {
                result[0] += -0.0005938168717879797;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                result[0] += -0.0009762520150726483;
              } else {
                result[0] += -0.0015219526113765158;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                    result[0] += 0.00011314789827392958;
                  } else {
                    result[0] += 0.00037856593661309034;
                  }
                } else {
                  result[0] += 1.3163811573825834e-05;
                }
              } else {
                result[0] += 0.000592681268896811;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -2.2697217430458935e-05;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 1.3163811573825834e-05;
                } else {
                  result[0] += 0.0004988500528220469;
                }
              }
            }
          } else {
            result[0] += 0.000652852846053026;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0005938168717879797;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += -0.00035877421343211315;
                } else {
                  result[0] += 2.1420907128890618e-05;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                  result[0] += -0.00035877421343211315;
                } else {
                  result[0] += -0.0009762520150726483;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += 0.00023652105860122596;
              } else {
                result[0] += 0.000652852846053026;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          result[0] += 0.00015853786043456102;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.002379556437488865;
            } else {
              result[0] += -0.0015258324505090124;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
                result[0] += -0.00035484929860405616;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)144505.5000000000291) ) ) {
                    result[0] += -0.0006667976916167055;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                      result[0] += -0.0010966848058272054;
                    } else {
                      result[0] += -0.0007406470043426543;
                    }
                  }
                } else {
                  result[0] += -0.0010966848058272054;
                }
              }
            } else {
              result[0] += -0.0015258324505090124;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0031481641429541387;
            } else {
              result[0] += -0.002144619071742525;
            }
          } else {
            result[0] += -0.003683222505982367;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
            result[0] += -0.0015258324505090124;
          } else {
            result[0] += -0.002637969324028873;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.0003650979955832435;
            } else {
              result[0] += -8.007357734641049e-07;
            }
          } else {
            result[0] += -0.0005970425319210073;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            result[0] += 0.0011449352529546966;
          } else {
            result[0] += 0.0005766316365348569;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          result[0] += -0.0006667976916167055;
        } else {
          result[0] += -0.0010615290841047302;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
            result[0] += -8.289932782540362e-05;
          } else {
            result[0] += -0.00032211264109351383;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                    result[0] += 0.0011240330521048454;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                      result[0] += 0.0005819369098259761;
                    } else {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        result[0] += 0.0002609391356963127;
                      } else {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                          result[0] += 0.00043816133754191115;
                        } else {
                          result[0] += 0.00017876413937245147;
                        }
                      }
                    }
                  }
                } else {
                  result[0] += -0.0002303473608161943;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                      result[0] += -8.289932782540362e-05;
                    } else {
                      result[0] += 0.0002609391356963127;
                    }
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                      result[0] += 0.00043816133754191115;
                    } else {
                      result[0] += 0.00020685971167666087;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                    result[0] += -9.321117250698497e-05;
                  } else {
                    result[0] += -0.00032211264109351383;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.000922582912940742;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  result[0] += 0.0006448533899940003;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                      result[0] += 0.0003412532762291792;
                    } else {
                      result[0] += 0.0005440702764706045;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                        result[0] += 0.0003412532762291792;
                      } else {
                        result[0] += -8.289932782540362e-05;
                      }
                    } else {
                      result[0] += 0.0004911284168012773;
                    }
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 0.0011240330521048454;
              } else {
                result[0] += 0.0014800520331030855;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.00043816133754191115;
                } else {
                  result[0] += 0.0007538654336049563;
                }
              } else {
                result[0] += 0.000949733954271256;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += -0.0007436202761363902;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            result[0] += -0.00032211264109351383;
          } else {
            result[0] += 0.00043816133754191115;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0037902254905940857;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0018753363292660548;
          } else {
            result[0] += -0.003034871002192405;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                result[0] += -0.0014107148463436115;
              } else {
                result[0] += -0.0007436202761363902;
              }
            } else {
              result[0] += -0.0018753363292660548;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -0.0011173858188119172;
                  } else {
                    result[0] += -0.0006050909102800844;
                  }
                } else {
                  result[0] += -0.001554518094015483;
                }
              } else {
                result[0] += -0.00032211264109351383;
              }
            } else {
              result[0] += 0.00043816133754191115;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0018753363292660548;
          } else {
            result[0] += -0.0023968044184134326;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
        result[0] += -0.0007525452957936533;
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += -0.0029549045873183445;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
            result[0] += -0.0011583743047890473;
          } else {
            result[0] += -0.0026276793236467222;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                result[0] += 9.42553419261105e-05;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                  result[0] += -0.0005736372002243323;
                } else {
                  result[0] += -0.0007525452957936533;
                }
              }
            } else {
              result[0] += -0.0012417922344075234;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                      result[0] += 0.0006498779225056386;
                    } else {
                      result[0] += 0.000116473057992221;
                    }
                  } else {
                    result[0] += 9.42553419261105e-05;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                    result[0] += -0.00014711561583696374;
                  } else {
                    result[0] += -0.0007525452957936533;
                  }
                }
              } else {
                result[0] += 0.0006498779225056386;
              }
            } else {
              result[0] += -0.0007525452957936533;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                    result[0] += 0.0007602447008577991;
                  } else {
                    result[0] += 0.0002998194546672618;
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -0.00022350705750145795;
                  } else {
                    result[0] += 0.0002998194546672618;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  result[0] += -0.0004827644113719612;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                    result[0] += 0.0002998194546672618;
                  } else {
                    result[0] += -0.00022350705750145795;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                  result[0] += 0.0007602447008577991;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                    result[0] += 0.00044812984206552974;
                  } else {
                    result[0] += 0.0002998194546672618;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                  result[0] += 0.001141754764636464;
                } else {
                  result[0] += 0.0007032428776663632;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                result[0] += -0.0004827644113719612;
              } else {
                result[0] += 0.00016630521161562428;
              }
            } else {
              result[0] += -0.0007525452957936533;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                  result[0] += -0.0022997219010296092;
                } else {
                  result[0] += -0.0007946117004821107;
                }
              } else {
                result[0] += -0.0013015527656847605;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                  result[0] += -0.0029549045873183445;
                } else {
                  result[0] += -0.001506264439209007;
                }
              } else {
                result[0] += -0.00205287323836475;
              }
            }
          } else {
            result[0] += -0.0007525452957936533;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.0016280628367002646;
          } else {
            result[0] += -0.0007525452957936533;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                result[0] += 0.004189428222644224;
              } else {
                result[0] += 0.0028894527475446293;
              }
            } else {
              result[0] += 0.0019576602514506463;
            }
          } else {
            result[0] += 0.0008902116791311435;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
              result[0] += 0.0008902116791311435;
            } else {
              result[0] += 0.0006358392915579565;
            }
          } else {
            result[0] += 0.0008902116791311435;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += 0.00023660568299626626;
        } else {
          result[0] += 0.0006358392915579565;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.001170910616775882;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 6.938867599362541e-05;
            } else {
              result[0] += 0.00031000400922960553;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += 0.0004451118394566253;
            } else {
              result[0] += 0.0006358392915579565;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.002708524090541429;
            } else {
              result[0] += -0.0014925660154712047;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                result[0] += 6.938867599362541e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -0.0006971651096389525;
                } else {
                  result[0] += -0.00028985775160314244;
                }
              }
            } else {
              result[0] += -0.0007868307722695687;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += 0.0002660006913380834;
            } else {
              result[0] += 0.0006305337989397926;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              result[0] += 4.349695799769889e-05;
            } else {
              result[0] += -0.0007868307722695687;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
          result[0] += -0.0009134442765273625;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            result[0] += -0.0025565537342628966;
          } else {
            result[0] += -0.00377074887279662;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.00046918125154470395;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.0008474795230900903;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
                      result[0] += -0.00012606580975994437;
                    } else {
                      result[0] += -0.00037496995988369397;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                  result[0] += -0.0013554072155738254;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                    result[0] += -0.00012606580975994437;
                  } else {
                    result[0] += -0.0010780027275090638;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.0004533467709748158;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                          result[0] += 8.604549515372855e-05;
                        } else {
                          result[0] += -0.0004733450042972768;
                        }
                      } else {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                          result[0] += -0.0007183936135038893;
                        } else {
                          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                            result[0] += 8.604549515372855e-05;
                          } else {
                            result[0] += -0.0004733450042972768;
                          }
                        }
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                        result[0] += 8.604549515372855e-05;
                      } else {
                        result[0] += -0.00023043641178188226;
                      }
                    }
                  } else {
                    result[0] += -0.0007183936135038893;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                    result[0] += -0.0007183936135038893;
                  } else {
                    result[0] += -0.0009134442765273625;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  result[0] += 0.0007664003455254295;
                } else {
                  result[0] += 0.0012472280698901362;
                }
              } else {
                result[0] += 0.0003261437321583454;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.00037496995988369397;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                  result[0] += 8.604549515372855e-05;
                } else {
                  result[0] += 0.0003261437321583454;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                  result[0] += -0.0020859278626940247;
                } else {
                  result[0] += -0.0010780027275090638;
                }
              } else {
                result[0] += -0.0011288582868223213;
              }
            } else {
              result[0] += -0.002118365540543244;
            }
          } else {
            result[0] += -0.00037496995988369397;
          }
        }
      }
    } else {
      result[0] += -0.00377074887279662;
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.000516235774504907;
        } else {
          result[0] += 0.0003014853489802786;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.0037185270153917644;
                } else {
                  result[0] += 0.0026372945162417977;
                }
              } else {
                result[0] += 0.0016138650016065499;
              }
            } else {
              result[0] += 0.0007549720460712288;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                result[0] += 0.0007549720460712288;
              } else {
                result[0] += 0.00044668440354592246;
              }
            } else {
              result[0] += 0.0007549720460712288;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            result[0] += 0.00044668440354592246;
          } else {
            result[0] += 0.0006247719859201079;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
            result[0] += -0.000516235774504907;
          } else {
            result[0] += -0.0018027988321517145;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
            result[0] += -0.00045904604533888223;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.0009152444853407645;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0012568108221739942;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -0.00045904604533888223;
                } else {
                  result[0] += -0.0009685442153027371;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0002150542061086263;
              } else {
                result[0] += 0.00044668440354592246;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += -0.00045904604533888223;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
                      result[0] += 0.00027277469637000575;
                    } else {
                      result[0] += -5.848436937171087e-05;
                    }
                  } else {
                    result[0] += -0.00045904604533888223;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 7.189133599010604e-05;
                  } else {
                    result[0] += 0.00027277469637000575;
                  }
                } else {
                  result[0] += -0.00045904604533888223;
                }
              }
            }
          } else {
            result[0] += 0.0004863371297442768;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            result[0] += -0.00045904604533888223;
          } else {
            result[0] += 0.00015870174900577735;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
          result[0] += -5.758999981032766e-05;
        } else {
          result[0] += -0.0018954708704869577;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.0018954708704869577;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    result[0] += -0.0018954708704869577;
                  } else {
                    result[0] += -0.002577353196926326;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.0030378255831899083;
                } else {
                  result[0] += -0.002577353196926326;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
                result[0] += -0.0018954708704869577;
              } else {
                result[0] += -0.0023540903614769626;
              }
            }
          } else {
            result[0] += -0.0018954708704869577;
          }
        } else {
          result[0] += -0.003459438193193439;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                    result[0] += 0.003966326302818259;
                  } else {
                    result[0] += 0.005201080582002108;
                  }
                } else {
                  result[0] += 0.00388594530926626;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                  result[0] += 0.002835931804447394;
                } else {
                  result[0] += 0.001759573643807053;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)303.0000000000000568) ) ) {
                  result[0] += 0.0022307483147035235;
                } else {
                  result[0] += 0.001660896858442761;
                }
              } else {
                result[0] += 0.001396558619493588;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                    result[0] += 0.0005464901811303227;
                  } else {
                    result[0] += 0.0003327296114161529;
                  }
                } else {
                  result[0] += -5.758999981032766e-05;
                }
              } else {
                result[0] += -0.00044590162563781755;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 0.0005464901811303227;
              } else {
                result[0] += 0.0008990583613956529;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                result[0] += -5.758999981032766e-05;
              } else {
                result[0] += -0.00018751265232953482;
              }
            } else {
              result[0] += -0.00044590162563781755;
            }
          } else {
            result[0] += 3.937531235848286e-05;
          }
        }
      } else {
        result[0] += -0.0010025520101680238;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
            result[0] += 0.0008363489802145204;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += 0.0002963968042778576;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.000640652324333897;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                  result[0] += 0.0003715845334454214;
                } else {
                  result[0] += 0.0005445713572448298;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += 0.0009695261764275477;
            } else {
              result[0] += 0.001230726718581477;
            }
          } else {
            result[0] += 0.0008363489802145204;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                result[0] += 0.0002963968042778576;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.001091888878695825;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
                    result[0] += -0.0003261287242809627;
                  } else {
                    result[0] += -0.001091888878695825;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                    result[0] += 0.0003715845334454214;
                  } else {
                    result[0] += 0.0002633582886540715;
                  }
                } else {
                  result[0] += 0.0004213889879019939;
                }
              } else {
                result[0] += 0.00013330892861610546;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.001091888878695825;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.00033289354476751047;
              } else {
                result[0] += 8.575064456624361e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              result[0] += 0.0005086063854188614;
            } else {
              result[0] += 0.00016275000393310116;
            }
          } else {
            result[0] += 0.0008363489802145204;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += -0.001091888878695825;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                result[0] += -0.0023785904114201465;
              } else {
                result[0] += -0.00400084639861042;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -0.001091888878695825;
              } else {
                result[0] += -0.0019060515491653525;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
              result[0] += 0.00013330892861610546;
            } else {
              result[0] += -0.00033289354476751047;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.00033289354476751047;
            } else {
              result[0] += -0.0013138688675011839;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
          result[0] += 0.00016275000393310116;
        } else {
          result[0] += 0.000662364620308022;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
          result[0] += -0.00029497181731526803;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.001833176533909634;
              } else {
                result[0] += -0.0015310036983639818;
              }
            } else {
              result[0] += -0.002289091644151372;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                result[0] += -0.0009552644953410881;
              } else {
                result[0] += -0.0015310036983639818;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                result[0] += -0.00029497181731526803;
              } else {
                result[0] += -0.0009552644953410881;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += -0.0024460050988004286;
          } else {
            result[0] += -0.0018447380655589722;
          }
        } else {
          result[0] += -0.0028970974715665466;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              result[0] += 0.0031842144574169597;
            } else {
              result[0] += 0.0014694880926218819;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
              result[0] += 0.0014200340586681336;
            } else {
              result[0] += 0.0006910125787344417;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                result[0] += 0.00019719138143247528;
              } else {
                result[0] += -0.00018361976523941433;
              }
            } else {
              result[0] += -0.0008630647553481672;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                result[0] += 0.000638998168205853;
              } else {
                result[0] += 0.00015755320973622985;
              }
            } else {
              result[0] += 0.0006910125787344417;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
            result[0] += -0.00029497181731526803;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              result[0] += 4.697362005493692e-05;
            } else {
              result[0] += 0.00029927719844022885;
            }
          }
        } else {
          result[0] += -0.0008630647553481672;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          result[0] += 0.00020424545385757309;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                result[0] += 0.00020424545385757309;
              } else {
                result[0] += 0.0002819517028837423;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 0.0005353125646452185;
              } else {
                result[0] += 0.0008558915739807518;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.0008048508770648415;
                } else {
                  result[0] += 0.0005616775658386883;
                }
              } else {
                result[0] += 0.0004385029145633591;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0008048508770648415;
                } else {
                  result[0] += 0.000916508652715008;
                }
              } else {
                result[0] += 0.0005656488440570617;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                    result[0] += -0.00017103452557666203;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
                      result[0] += 0.00013566170527686358;
                    } else {
                      result[0] += -0.00017103452557666203;
                    }
                  }
                } else {
                  result[0] += 0.00020424545385757309;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -0.00017103452557666203;
                  } else {
                    result[0] += -0.000578569574744629;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                    result[0] += -0.00017103452557666203;
                  } else {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += -0.00017103452557666203;
                    } else {
                      result[0] += 0.00014028416164580258;
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                  result[0] += 0.00020424545385757309;
                } else {
                  result[0] += -0.000578569574744629;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                    result[0] += 0.00020424545385757309;
                  } else {
                    result[0] += 0.0003347504358044465;
                  }
                } else {
                  result[0] += -7.859009596157528e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0011199569017320864;
            } else {
              result[0] += -0.000578569574744629;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0005353125646452185;
              } else {
                result[0] += 0.0004165910501900512;
              }
            } else {
              result[0] += 0.0005656488440570617;
            }
          } else {
            result[0] += 0.0003620236839435952;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.0014708131188295123;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                result[0] += -0.0011199569017320864;
              } else {
                result[0] += -0.0014708131188295123;
              }
            } else {
              result[0] += -0.000578569574744629;
            }
          }
        } else {
          result[0] += 0.0003620236839435952;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
          result[0] += -0.0014708131188295123;
        } else {
          result[0] += -0.0019221778992039485;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
            result[0] += -0.0002185554529995869;
          } else {
            result[0] += -0.0016141748710962332;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += -0.0002185554529995869;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += -0.00037139994125977044;
                } else {
                  result[0] += -0.0009050340692549959;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
                    result[0] += -0.0002185554529995869;
                  } else {
                    result[0] += -0.00037139994125977044;
                  }
                } else {
                  result[0] += -0.0008556623185660289;
                }
              }
            } else {
              result[0] += -0.0015124013517980902;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0022152341053342265;
            } else {
              result[0] += -0.0015124013517980902;
            }
          } else {
            result[0] += -0.002587503978805672;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
            result[0] += -0.0015124013517980902;
          } else {
            result[0] += -0.0018907996201362838;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                result[0] += 0.00013658695642808661;
              } else {
                result[0] += -5.6162779324542605e-05;
              }
            } else {
              result[0] += -0.00037139994125977044;
            }
          } else {
            result[0] += -0.00037139994125977044;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.0004659399465707614;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += 0.00015765733638603663;
              } else {
                result[0] += -0.00037139994125977044;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              result[0] += 0.000810272826793157;
            } else {
              result[0] += 0.0005505689125173168;
            }
          }
        }
      } else {
        result[0] += -0.00037139994125977044;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        result[0] += -0.00043411051716511306;
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.002225260135474749;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
                result[0] += -0.0012902740173906123;
              } else {
                result[0] += -0.0018939144937322842;
              }
            }
          } else {
            result[0] += -0.0037740123817687392;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
            result[0] += -0.0010830926182821654;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.0018453444612132341;
            } else {
              result[0] += -0.0031536559663843996;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.004759750359884075;
                  } else {
                    result[0] += 0.0034050161578521986;
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.002470505747857292;
                  } else {
                    result[0] += 0.0017067179420272361;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                  result[0] += 0.001065352141959926;
                } else {
                  result[0] += 0.0003921739563780048;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += 0.0002824710772795511;
              } else {
                result[0] += 0.0003921739563780048;
              }
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                            result[0] += 0.00013796362825649878;
                          } else {
                            result[0] += -9.758207402675825e-05;
                          }
                        } else {
                          result[0] += -9.758207402675825e-05;
                        }
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                          result[0] += 0.0002824710772795511;
                        } else {
                          result[0] += 0.00013796362825649878;
                        }
                      }
                    } else {
                      result[0] += -9.758207402675825e-05;
                    }
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                          result[0] += 0.0002824710772795511;
                        } else {
                          result[0] += -9.758207402675825e-05;
                        }
                      } else {
                        result[0] += 0.0003014700094140524;
                      }
                    } else {
                      result[0] += -9.758207402675825e-05;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    result[0] += -0.00043411051716511306;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                      result[0] += -9.758207402675825e-05;
                    } else {
                      result[0] += -0.00043411051716511306;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += 0.0003014700094140524;
                } else {
                  result[0] += 0.0003921739563780048;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -3.939768371842535e-05;
                } else {
                  result[0] += 0.00022723277994207542;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
                  result[0] += 0.0003921739563780048;
                } else {
                  result[0] += 0.0003014700094140524;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            result[0] += -0.00043411051716511306;
          } else {
            result[0] += 0.0003014700094140524;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
          result[0] += -0.00043411051716511306;
        } else {
          result[0] += -1.8300240350960588e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
            result[0] += 0.00013234932707030368;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              result[0] += -0.0004310789590387702;
            } else {
              result[0] += -0.0018287583581554458;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            result[0] += -0.0018287583581554458;
          } else {
            result[0] += -0.0031861090977838933;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                    result[0] += 0.00013234932707030368;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
                        result[0] += -0.00025193932182987337;
                      } else {
                        result[0] += -0.00045259827445209334;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                        result[0] += -0.0008954156892315478;
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
                          result[0] += -0.00025193932182987337;
                        } else {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                            result[0] += -0.00045259827445209334;
                          } else {
                            result[0] += -0.0007943934150357436;
                          }
                        }
                      }
                    }
                  }
                } else {
                  result[0] += -0.0011970387550869566;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                      result[0] += 0.00015679056760035763;
                    } else {
                      result[0] += -3.817401746133654e-05;
                    }
                  } else {
                    result[0] += 0.0005232661682242947;
                  }
                } else {
                  result[0] += -0.00025193932182987337;
                }
              }
            } else {
              result[0] += -0.0011970387550869566;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                      result[0] += 0.00039403884219518006;
                    } else {
                      result[0] += -6.793315009031286e-05;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                        result[0] += -6.793315009031286e-05;
                      } else {
                        result[0] += -0.0004310789590387702;
                      }
                    } else {
                      result[0] += -6.793315009031286e-05;
                    }
                  }
                } else {
                  result[0] += -0.0004310789590387702;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.0006429633237204862;
                    } else {
                      result[0] += 0.0003194593956828998;
                    }
                  } else {
                    result[0] += -4.9103989260628697e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.0011101396623812117;
                  } else {
                    result[0] += 0.0007110778349482922;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                result[0] += -0.0004310789590387702;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                  result[0] += -0.0011970387550869566;
                } else {
                  result[0] += -0.000805237924252313;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0011970387550869566;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.0022962850009684535;
            } else {
              result[0] += -0.0015139681019235292;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        result[0] += -0.004141130034988994;
      } else {
        result[0] += -0.003070370127759533;
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
              result[0] += 0.0005222070513241472;
            } else {
              result[0] += 0.0003236560261775996;
            }
          } else {
            result[0] += 0.0003236560261775996;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0003416314314603178;
          } else {
            result[0] += 0.00024563859526347345;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 0.0005834566719651965;
          } else {
            result[0] += 0.0008676224440002458;
          }
        } else {
          result[0] += 0.00043383573137342074;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.0003416314314603178;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 7.727808323135569e-05;
            } else {
              result[0] += 0.00024563859526347345;
            }
          } else {
            result[0] += 0.00043383573137342074;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                result[0] += -0.0005354484917610168;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += -0.0008297707442511576;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                    result[0] += -0.0012395310829144532;
                  } else {
                    result[0] += -0.002524513907207844;
                  }
                }
              }
            } else {
              result[0] += -0.0005271841268252047;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -0.0005271841268252047;
                  } else {
                    result[0] += -0.00015783966714403056;
                  }
                } else {
                  result[0] += -0.00015783966714403056;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                    result[0] += 0.00024563859526347345;
                  } else {
                    result[0] += -0.00015783966714403056;
                  }
                } else {
                  result[0] += -0.00015783966714403056;
                }
              }
            } else {
              result[0] += -0.0005271841268252047;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += 0.00024563859526347345;
          } else {
            result[0] += -0.0005271841268252047;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
        result[0] += -0.0009224499069480984;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          result[0] += -0.0016072232611454098;
        } else {
          result[0] += -0.0028880575748121036;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                  result[0] += -0.00021350394672072762;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                      result[0] += -0.0009224499069480984;
                    } else {
                      result[0] += -0.0006909998416070672;
                    }
                  } else {
                    result[0] += -0.00025766797905976295;
                  }
                }
              } else {
                result[0] += -0.0009224499069480984;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                      result[0] += 0.00011971388397154976;
                    } else {
                      result[0] += -0.00021350394672072762;
                    }
                  } else {
                    result[0] += -0.00021350394672072762;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.00038806587442475357;
                    } else {
                      result[0] += 0.00015285756308651302;
                    }
                  } else {
                    result[0] += 0.0005824639932237454;
                  }
                }
              } else {
                result[0] += -0.00021350394672072762;
              }
            }
          } else {
            result[0] += -0.0009224499069480984;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                  result[0] += 0.0003300336140234091;
                } else {
                  result[0] += 0.00019007354079644145;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.000530223169946066;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8762.000000000001819) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                      result[0] += 0.00019007354079644145;
                    } else {
                      result[0] += -0.0004919977427396489;
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
                            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                              result[0] += 0.00019007354079644145;
                            } else {
                              result[0] += -0.0001368784477016899;
                            }
                          } else {
                            result[0] += -0.0001368784477016899;
                          }
                        } else {
                          result[0] += 0.00019007354079644145;
                        }
                      } else {
                        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
                            result[0] += -0.00025568856275978567;
                          } else {
                            result[0] += -0.0004919977427396489;
                          }
                        } else {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                            result[0] += -0.0004919977427396489;
                          } else {
                            result[0] += -0.0001368784477016899;
                          }
                        }
                      }
                    } else {
                      result[0] += -0.0004919977427396489;
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 0.0004863963823333499;
                } else {
                  result[0] += 0.0007736216406792493;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += 0.00019007354079644145;
                } else {
                  result[0] += 0.0005064787012681922;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0009224499069480984;
            } else {
              result[0] += -0.000530223169946066;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.001491032993275224;
              } else {
                result[0] += -0.0009224499069480984;
              }
            } else {
              result[0] += -0.0009224499069480984;
            }
          } else {
            result[0] += -0.001491032993275224;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += -0.0009224499069480984;
          } else {
            result[0] += -0.0016072232611454098;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                result[0] += 0.003115757095763424;
              } else {
                result[0] += 0.0022400818000262164;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                result[0] += 0.001667984754661101;
              } else {
                result[0] += 0.001031374376991197;
              }
            }
          } else {
            result[0] += 0.0005836656684721726;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            result[0] += 0.0004100145991684666;
          } else {
            result[0] += 0.0005836656684721726;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
          result[0] += 0.0002758550521673084;
        } else {
          result[0] += 0.0004100145991684666;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0006282033939389877;
          } else {
            result[0] += 0.00025706768580389537;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
              result[0] += -0.0006282033939389877;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0011952269720967898;
              } else {
                result[0] += -0.002266015787395081;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                  result[0] += 0.00014527767629532708;
                } else {
                  result[0] += -0.0002352842804083935;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  result[0] += -0.0002352842804083935;
                } else {
                  result[0] += -0.0006618717671216963;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += 0.0002073875277229709;
              } else {
                result[0] += -0.0002352842804083935;
              }
            }
          }
        }
      } else {
        result[0] += 0.0004100145991684666;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            result[0] += -0.00012793159685636898;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
              result[0] += -0.0005920138520293155;
            } else {
              result[0] += -0.0008653690411800213;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0011897207838732283;
              } else {
                result[0] += -0.0014262301746397785;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0011119862291754485;
              } else {
                result[0] += -0.0008653690411800213;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                    result[0] += -0.001348277669709668;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
                      result[0] += -0.0017901544810153991;
                    } else {
                      result[0] += -0.002086124405761571;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                      result[0] += -0.0014262301746397785;
                    } else {
                      result[0] += -0.0023639737510208684;
                    }
                  } else {
                    result[0] += -0.001087074420226165;
                  }
                }
              } else {
                result[0] += -0.00248114266118912;
              }
            } else {
              result[0] += -0.0026545696023944853;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                result[0] += 0.00028619231186563027;
              } else {
                result[0] += -0.00012793159685636898;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                result[0] += -0.00012793159685636898;
              } else {
                result[0] += -0.0005515817241494174;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                    result[0] += 0.0004364615642221761;
                  } else {
                    result[0] += 0.0006714685187831312;
                  }
                } else {
                  result[0] += 0.0008361636274309309;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                      result[0] += 0.00035196956981398434;
                    } else {
                      result[0] += 0.0006201558394156731;
                    }
                  } else {
                    result[0] += -0.00012793159685636898;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                    result[0] += 0.0003391248168383154;
                  } else {
                    result[0] += 0.0006133590948677478;
                  }
                }
              }
            } else {
              result[0] += -0.00012793159685636898;
            }
          }
        } else {
          result[0] += -0.0009198625714434777;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        result[0] += -0.00381198839004192;
      } else {
        result[0] += -0.0026763377484319813;
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            result[0] += 0.0004285197666136419;
          } else {
            result[0] += 0.00024410289092395814;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0002853377973447701;
          } else {
            result[0] += 0.00020140394194540097;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
            result[0] += 0.001144223576602057;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += 0.0004285197666136419;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0005584721342951669;
              } else {
                result[0] += 0.0007986421024685211;
              }
            }
          }
        } else {
          result[0] += 0.0004285197666136419;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.0002853377973447701;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              result[0] += 0.00020140394194540097;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += -0.0002853377973447701;
              } else {
                result[0] += 0.00016616391688223454;
              }
            }
          } else {
            result[0] += 0.0004285197666136419;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.0006307430533736833;
                } else {
                  result[0] += -0.0004266028868012752;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                  result[0] += -0.0006761624847618395;
                } else {
                  result[0] += -0.0005626906944417527;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                result[0] += -0.0002853377973447701;
              } else {
                result[0] += -0.00044397470265572004;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += -0.0004266028868012752;
                } else {
                  result[0] += -0.00022460971421426514;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)247952.0000000000291) ) ) {
                        result[0] += 9.253713060289591e-05;
                      } else {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                          result[0] += -0.00022460971421426514;
                        } else {
                          result[0] += -8.131934477196906e-05;
                        }
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                        result[0] += 0.00016616391688223454;
                      } else {
                        result[0] += -8.131934477196906e-05;
                      }
                    }
                  } else {
                    result[0] += -0.00022460971421426514;
                  }
                } else {
                  result[0] += -0.00022460971421426514;
                }
              }
            } else {
              result[0] += -0.0004266028868012752;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += 0.00016616391688223454;
          } else {
            result[0] += -0.0004266028868012752;
          }
        }
      }
    }
  }
}

