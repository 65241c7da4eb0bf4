
#include "header.h"

void predict_unit0(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)247952.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += 4.745417752764087;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
                  result[0] += 4.797968606460922;
                } else {
                  result[0] += 4.775950482317843;
                }
              } else {
                result[0] += 4.809927916387614;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += 4.775950482317843;
              } else {
                result[0] += 4.794997350766031;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.729374784859795;
            } else {
              result[0] += 4.775950482317843;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
              result[0] += 4.743031649635519;
            } else {
              result[0] += 4.706953934401074;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
                result[0] += 4.775950482317843;
              } else {
                result[0] += 4.750420278085894;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                result[0] += 4.754694904399665;
              } else {
                result[0] += 4.727986108827736;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
              result[0] += 4.827792547069754;
            } else {
              result[0] += 4.820010800758163;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.790774986486313;
            } else {
              result[0] += 4.814758920787827;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            result[0] += 4.790774986486313;
          } else {
            result[0] += 4.806982294867641;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
            result[0] += 4.836326514127616;
          } else {
            result[0] += 4.826119544631985;
          }
        } else {
          result[0] += 4.824754775431501;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 4.427206365949859;
            } else {
              result[0] += 4.502575734593867;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += 4.588835484447281;
              } else {
                result[0] += 4.624654877166468;
              }
            } else {
              result[0] += 4.561224798610709;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                result[0] += 4.6573520888784365;
              } else {
                result[0] += 4.598924805424595;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                result[0] += 4.718101031919201;
              } else {
                result[0] += 4.689516861323786;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 4.5172988874678355;
              } else {
                result[0] += 4.5814375126764695;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                result[0] += 4.660218620993958;
              } else {
                result[0] += 4.626365439071215;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += 4.383931648067662;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              result[0] += 4.5021300622515;
            } else {
              result[0] += 4.429327882238612;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            result[0] += 4.561224798610709;
          } else {
            result[0] += 4.515530655304722;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.751505496989907;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                result[0] += 4.786245548794695;
              } else {
                result[0] += 4.770279446870488;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.701572005858689;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
                result[0] += 4.751753934969859;
              } else {
                result[0] += 4.729618997062859;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.7984489080699;
            } else {
              result[0] += 4.812221252388962;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.773130236091671;
            } else {
              result[0] += 4.79321118532284;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                result[0] += 4.649439963322061;
              } else {
                result[0] += 4.604077450240456;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                result[0] += 4.702501762840263;
              } else {
                result[0] += 4.668456882994965;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.533561821057221;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += 4.633855260098199;
              } else {
                result[0] += 4.594555862985586;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.73693295239086;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                result[0] += 4.773548050281653;
              } else {
                result[0] += 4.756406225927845;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.688740023160054;
            } else {
              result[0] += 4.7297721313869046;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210646.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -0.036197293423955355;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.008774364399672819;
                } else {
                  result[0] += -0.012145952054040027;
                }
              } else {
                result[0] += 0.019347730261601234;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                result[0] += -0.012145952054040027;
              } else {
                result[0] += 0.006181238369468982;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.05066767908546386;
            } else {
              result[0] += -0.012641649267246008;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              result[0] += -0.04232896622315564;
            } else {
              result[0] += -0.0947790102468552;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
              result[0] += -0.012641649267246008;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
                result[0] += -0.025114740403182303;
              } else {
                result[0] += -0.045946004298575094;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.02679109264384036;
            } else {
              result[0] += 0.03452755761996426;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.005911239905412962;
            } else {
              result[0] += 0.02381850113967149;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += 0.005911239905412962;
          } else {
            result[0] += 0.01888871053028287;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
            result[0] += 0.04370922850887271;
          } else {
            result[0] += 0.03643618877780947;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            result[0] += 0.022730056395456496;
          } else {
            result[0] += 0.03474498108745206;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
              result[0] += -0.16685892476185057;
            } else {
              result[0] += -0.20592426299524913;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
              result[0] += -0.12069361888349153;
            } else {
              result[0] += -0.14357393542468824;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.12914390906517317;
            } else {
              result[0] += -0.0947790102468552;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
              result[0] += -0.04760386015047262;
            } else {
              result[0] += -0.06811633473000438;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.22576704887798293;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                result[0] += -0.14080825178725223;
              } else {
                result[0] += -0.19408306367207273;
              }
            }
          } else {
            result[0] += -0.22576704887798293;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += -0.20592426299524913;
            } else {
              result[0] += -0.16724308565314705;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += -0.0947790102468552;
              } else {
                result[0] += -0.12506162237443957;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
                result[0] += -0.15334825299962732;
              } else {
                result[0] += -0.18289877268339325;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.023371990531202348;
            } else {
              result[0] += -0.0035789810801568817;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.06075673845850513;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                result[0] += -0.025859823891157957;
              } else {
                result[0] += -0.0441298030326166;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.011880581261468475;
            } else {
              result[0] += 0.02336193901402417;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.009498477108478865;
            } else {
              result[0] += 0.0063735706819635215;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.12873374868086623;
              } else {
                result[0] += -0.0958853316625452;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                result[0] += -0.06300897668002009;
              } else {
                result[0] += -0.08297122286656217;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.1458161954591873;
              } else {
                result[0] += -0.18746731778753117;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.10793133877235278;
              } else {
                result[0] += -0.13895933088218132;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.03620681157697025;
            } else {
              result[0] += -0.015372417379292527;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.07195685321094378;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.037128351752979745;
              } else {
                result[0] += -0.05977774795993959;
              }
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)195982.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
                  result[0] += -0.021375044099635726;
                } else {
                  result[0] += -0.05057501857603121;
                }
              } else {
                result[0] += -0.05057501857603121;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  result[0] += -0.005625805771880605;
                } else {
                  result[0] += 0.0038522293744851356;
                }
              } else {
                result[0] += -0.017346637541564767;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += -0.10630021160266785;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                result[0] += -0.04518793116301088;
              } else {
                result[0] += -0.02313827254491109;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.010764779705495879;
                } else {
                  result[0] += -0.006434659160195553;
                }
              } else {
                result[0] += 0.01938161499979184;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                result[0] += -0.006434659160195553;
              } else {
                result[0] += 0.0077033632693811836;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.04332244365540311;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
                  result[0] += -0.01973959880520064;
                } else {
                  result[0] += -0.04332244365540311;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                  result[0] += 0.0027969568052288595;
                } else {
                  result[0] += -0.015392141126802131;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
              result[0] += -0.09293840559138954;
            } else {
              result[0] += -0.13751318141346766;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
                result[0] += -0.0422064460956847;
              } else {
                result[0] += -0.06996671379946157;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
                result[0] += -0.07319668146881662;
              } else {
                result[0] += -0.09603224450686214;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += -0.03282138493157429;
            } else {
              result[0] += -0.05127506085956424;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                result[0] += -0.006434659160195553;
              } else {
                result[0] += -0.019349664068493023;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.04332244365540311;
              } else {
                result[0] += -0.021940526235527724;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 0.02421518727412135;
            } else {
              result[0] += 0.032153784893517334;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += 0.009779342228695368;
            } else {
              result[0] += 0.0226063737419577;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.009779342228695368;
            } else {
              result[0] += 0.020615734419665223;
            }
          } else {
            result[0] += 0.009779342228695368;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
            result[0] += 0.04127946743439161;
          } else {
            result[0] += 0.034639520184878696;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            result[0] += 0.02012500011475552;
          } else {
            result[0] += 0.03234240669591232;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.1669858927549208;
            } else {
              result[0] += -0.13751318141346766;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              result[0] += -0.11136271172293517;
            } else {
              result[0] += -0.09603224450686214;
            }
          }
        } else {
          result[0] += -0.05127506085956424;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.1669858927549208;
            } else {
              result[0] += -0.11916434909690295;
            }
          } else {
            result[0] += -0.1690859872442727;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.12535404031158498;
          } else {
            result[0] += -0.093880764293937;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.022477213021509082;
        } else {
          result[0] += 0.009779342228695368;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.11938755511774701;
              } else {
                result[0] += -0.08891692397036566;
              }
            } else {
              result[0] += -0.06868675156706454;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.1508929191099087;
            } else {
              result[0] += -0.10481607997636362;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.046728080064452164;
            } else {
              result[0] += -0.02237030245250756;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.07478379060899958;
            } else {
              result[0] += -0.04503901110545608;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)228824.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.026922810038507047;
                } else {
                  result[0] += -0.010630513628248057;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  result[0] += -0.054387025163264484;
                } else {
                  result[0] += -0.03336053394765769;
                }
              }
            } else {
              result[0] += -0.06604396037775515;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
                    result[0] += 0.00727985640588236;
                  } else {
                    result[0] += -0.005106519778941363;
                  }
                } else {
                  result[0] += -0.005106519778941363;
                }
              } else {
                result[0] += -0.020122902362532096;
              }
            } else {
              result[0] += -0.03311838715741771;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                  result[0] += 0.0035513761863375523;
                } else {
                  result[0] += -0.012479928808041734;
                }
              } else {
                result[0] += -0.032314487561106685;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.020398577151909125;
                  } else {
                    result[0] += 0.011076422479694092;
                  }
                } else {
                  result[0] += 0.00425552070904287;
                }
              } else {
                result[0] += 0.0018239626007781355;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.03752548027551683;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.023596724202235755;
              } else {
                result[0] += -0.004347698658424256;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.1166694586156638;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
                result[0] += -0.07080460168545831;
              } else {
                result[0] += -0.0931703912061114;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                result[0] += -0.042092895670394516;
              } else {
                result[0] += -0.055416312656270054;
              }
            } else {
              result[0] += -0.07080460168545831;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
              result[0] += -0.032366683799647064;
            } else {
              result[0] += -0.07494840192871287;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              result[0] += -0.012360291910264089;
            } else {
              result[0] += -0.03453876209021551;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              result[0] += 0.03149341852823259;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                result[0] += 0.01938350074162993;
              } else {
                result[0] += 0.02687150671793182;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += 0.014456766583424202;
            } else {
              result[0] += 0.022935962338459;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += 0.003007888783616238;
            } else {
              result[0] += 0.014456766583424202;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.003634730683778277;
            } else {
              result[0] += 0.008092502207605509;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
            result[0] += 0.03871987209228213;
          } else {
            result[0] += 0.03149470019061694;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += 0.020403741575915322;
          } else {
            result[0] += 0.030636849883327336;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.11871046804238966;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              result[0] += -0.09555819659027838;
            } else {
              result[0] += -0.08298184277504174;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.10020529864733192;
            } else {
              result[0] += -0.07494840192871287;
            }
          } else {
            result[0] += -0.048913741036165755;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
          result[0] += -0.11871046804238966;
        } else {
          result[0] += -0.09555819659027838;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
              result[0] += -0.003634730683778277;
            } else {
              result[0] += -0.0201349315724192;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
              result[0] += -0.03631829389928278;
            } else {
              result[0] += -0.052254583393915935;
            }
          }
        } else {
          result[0] += 0.005580497703873078;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.08303446163575634;
            } else {
              result[0] += -0.10926344105946142;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              result[0] += -0.05933744422074982;
            } else {
              result[0] += -0.0786323120321703;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += -0.038880589951903057;
            } else {
              result[0] += -0.022170916164865967;
            }
          } else {
            result[0] += -0.050339449051641644;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.03457066480509424;
              } else {
                result[0] += -0.02043939554093851;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                result[0] += 0.002535346503884676;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  result[0] += -0.01674026802760893;
                } else {
                  result[0] += -0.006995121355530554;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += -0.06181489250057165;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                result[0] += -0.027982448060863658;
              } else {
                result[0] += -0.014024478341192893;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += 0.008547866124813392;
              } else {
                result[0] += 0.018563180510244727;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += -0.002574092529252881;
              } else {
                result[0] += 0.008366300414494439;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.03287396613465366;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                  result[0] += -0.013528362232560376;
                } else {
                  result[0] += -0.028069706785647925;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
                  result[0] += 0.004126521378941101;
                } else {
                  result[0] += -0.01195425213278075;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                result[0] += -0.045701281429706864;
              } else {
                result[0] += -0.07094258357231709;
              }
            } else {
              result[0] += -0.08293920493151924;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
              result[0] += -0.027982448060863658;
            } else {
              result[0] += -0.04839014114971176;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
              result[0] += -0.026175443704405495;
            } else {
              result[0] += -0.054222236014582904;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                result[0] += -0.0028818912078529928;
              } else {
                result[0] += -0.012993890243079198;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                result[0] += -0.028069706785647925;
              } else {
                result[0] += -0.013356261429428404;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.02243474240607825;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.032224359352909855;
              } else {
                result[0] += 0.02692435975764014;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += 0.01130989221932092;
            } else {
              result[0] += 0.02087640798148409;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
            result[0] += 0.017517357706460228;
          } else {
            result[0] += 0.01130989221932092;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
            result[0] += 0.03630204214924471;
          } else {
            result[0] += 0.03034169301749806;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            result[0] += 0.012299442003372851;
          } else {
            result[0] += 0.02636505970131129;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            result[0] += -0.08189796748117588;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
              result[0] += -0.0624196636523809;
            } else {
              result[0] += -0.08189796748117588;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.054222236014582904;
            } else {
              result[0] += -0.028069706785647925;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.07733107774378607;
            } else {
              result[0] += -0.055130636339451394;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
            result[0] += -0.09602899086666905;
          } else {
            result[0] += -0.12009333057837508;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.08293920493151924;
            } else {
              result[0] += -0.058087188668548985;
            }
          } else {
            result[0] += -0.08921321094249696;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.013121089845403437;
        } else {
          result[0] += 0.01130989221932092;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.06922494873805499;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.05102957970559496;
              } else {
                result[0] += -0.03962846495880537;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.08881961621061979;
            } else {
              result[0] += -0.06541041788103931;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.03309575445875233;
            } else {
              result[0] += -0.013025604344155662;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.052624322045136354;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.026098635437696378;
              } else {
                result[0] += -0.03910660208013538;
              }
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            result[0] += -0.017875568624097376;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.005292899800146116;
                } else {
                  result[0] += -0.00322519802713591;
                }
              } else {
                result[0] += -0.017580772417525342;
              }
            } else {
              result[0] += -0.017580772417525342;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                  result[0] += 0.007477996866874512;
                } else {
                  result[0] += -0.005818120245873264;
                }
              } else {
                result[0] += -0.01226847508409337;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                    result[0] += 0.019123451339176062;
                  } else {
                    result[0] += 0.011900146894191046;
                  }
                } else {
                  result[0] += 0.00665093575245429;
                }
              } else {
                result[0] += 0.0038331657537891218;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += -0.03419134914801095;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.0172709385141518;
              } else {
                result[0] += -0.0031349836866975526;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            result[0] += -0.06676269883539038;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)144505.5000000000291) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.041361134288945466;
              } else {
                result[0] += -0.029336439532350406;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                result[0] += -0.060598617402454924;
              } else {
                result[0] += -0.04839519571455408;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)144505.5000000000291) ) ) {
                result[0] += -0.020944040591570255;
              } else {
                result[0] += -0.03884270675959775;
              }
            } else {
              result[0] += -0.06676269883539038;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                result[0] += -0.008640221673497135;
              } else {
                result[0] += -0.0172709385141518;
              }
            } else {
              result[0] += -0.03317028214154816;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += 0.018998823722074946;
              } else {
                result[0] += 0.027104175340337808;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                result[0] += 0.011202979149142192;
              } else {
                result[0] += 0.02089911860650712;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.005707359380396643;
            } else {
              result[0] += 0.013177221216410382;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
              result[0] += 0.0009271663415595706;
            } else {
              result[0] += -0.012011411952546056;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              result[0] += 0.011828472829911429;
            } else {
              result[0] += 0.002121032853402115;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 0.028700713170020178;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.0368025119861916;
              } else {
                result[0] += 0.03265021582436877;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += 0.01631970885851867;
            } else {
              result[0] += 0.026302534320090394;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
            result[0] += 0.025014546505552543;
          } else {
            result[0] += 0.01631970885851867;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
            result[0] += -0.06676269883539038;
          } else {
            result[0] += -0.08238660048875589;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.06119055450546125;
            } else {
              result[0] += -0.04086389939353868;
            }
          } else {
            result[0] += -0.06676269883539038;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.036488336973410675;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += -0.012011411952546056;
              } else {
                result[0] += -0.0022939183564324064;
              }
            } else {
              result[0] += -0.020555922327251713;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0696368627338894;
              } else {
                result[0] += -0.049819217316955794;
              }
            } else {
              result[0] += -0.03505855377481098;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.07940205116456527;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.051760013803890295;
              } else {
                result[0] += -0.06390374451340022;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
          result[0] += 0.012822011208705459;
        } else {
          result[0] += 0.0019893012109916774;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
          result[0] += -0.012667552099038748;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += -0.02522681345133315;
          } else {
            result[0] += -0.037213718969675805;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += -0.010261103237935604;
                } else {
                  result[0] += -0.027553376348799164;
                }
              } else {
                result[0] += -0.027553376348799164;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                  result[0] += -0.0007252660939418165;
                } else {
                  result[0] += 0.005606569386201928;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += -0.012140387657974096;
                } else {
                  result[0] += -0.0046638546765355535;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.05213146274614643;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                result[0] += -0.022260619448875557;
              } else {
                result[0] += -0.010363755766654721;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
              result[0] += -0.04430206659913131;
            } else {
              result[0] += -0.06267567245669911;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                  result[0] += -0.025503334334189498;
                } else {
                  result[0] += -0.016090936492888386;
                }
              } else {
                result[0] += -0.035334077861415535;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
                result[0] += -0.03262624721023061;
              } else {
                result[0] += -0.043740834388843984;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.002110224985384698;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.01548344340659126;
              } else {
                result[0] += 0.007706527355626704;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += -0.013149967324346075;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                result[0] += 0.001080264797759718;
              } else {
                result[0] += -0.005732345917039909;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.026447569233058407;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                result[0] += 0.0031522250313202635;
              } else {
                result[0] += -0.008315049676879113;
              }
            } else {
              result[0] += -0.01589924435960044;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.027390438578174053;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                result[0] += 0.0186774522127666;
              } else {
                result[0] += 0.02410038127622749;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += 0.011226105858282216;
            } else {
              result[0] += 0.01852526520380035;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
            result[0] += 0.011161781288345843;
          } else {
            result[0] += 0.017375230462081444;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.029354499380464735;
            } else {
              result[0] += 0.0332696729525968;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.022401156334366984;
            } else {
              result[0] += 0.02860117907028885;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            result[0] += 0.013779687441578379;
          } else {
            result[0] += 0.024072408870253897;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.06267567245669911;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += -0.0523062129151048;
            } else {
              result[0] += -0.043740834388843984;
            }
          }
        } else {
          result[0] += -0.026447569233058407;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.07930291594013487;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
              result[0] += -0.04939190953245219;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
                result[0] += -0.06095945869158034;
              } else {
                result[0] += -0.07321079668547084;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.06095945869158034;
            } else {
              result[0] += -0.04384851016897625;
            }
          } else {
            result[0] += -0.06095945869158034;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.008164005161848465;
        } else {
          result[0] += 0.011161781288345843;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.053667414927924484;
              } else {
                result[0] += -0.0400436660155673;
              }
            } else {
              result[0] += -0.030148240435901436;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.054775508753992334;
            } else {
              result[0] += -0.04217350721917352;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.03448036090806536;
              } else {
                result[0] += -0.019828072786189196;
              }
            } else {
              result[0] += -0.03723659794366061;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
              result[0] += -0.007036363893032882;
            } else {
              result[0] += -0.019828072786189196;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += -0.013917348684905507;
                } else {
                  result[0] += -0.02944091302567501;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.004903866419555898;
                  } else {
                    result[0] += -0.003570658326577072;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += -0.014630494868099725;
                  } else {
                    result[0] += -0.0037083311818710504;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                  result[0] += -0.035935624548680635;
                } else {
                  result[0] += -0.024021784578287853;
                }
              } else {
                result[0] += -0.014630494868099725;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.0008829753341306002;
                } else {
                  result[0] += -0.008099445988369218;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.01454322452571775;
                  } else {
                    result[0] += 0.007290853821803865;
                  }
                } else {
                  result[0] += 0.00214114607493609;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                result[0] += -0.008099445988369218;
              } else {
                result[0] += 0.001810653237735724;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.035935624548680635;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += -0.02589059876864678;
            } else {
              result[0] += -0.0053004001875110885;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
              result[0] += -0.04561882522494444;
            } else {
              result[0] += -0.058062773233509314;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              result[0] += -0.031552116300448504;
            } else {
              result[0] += -0.04368556449420849;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += -0.010963051578664318;
            } else {
              result[0] += -0.01812874595306722;
            }
          } else {
            result[0] += -0.030599642369989518;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                result[0] += 0.020022175964411706;
              } else {
                result[0] += 0.02518489629653305;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += 0.009647057703162189;
              } else {
                result[0] += 0.018333403604700295;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += 0.005005909481183241;
            } else {
              result[0] += 0.015316438951833765;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
              result[0] += 0.0025804161304890695;
            } else {
              result[0] += -0.007437873504383153;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
              result[0] += 0.010716687986946203;
            } else {
              result[0] += 0.0022874441066692004;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.03282560859193392;
            } else {
              result[0] += 0.028181079343111183;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.01761924909611288;
            } else {
              result[0] += 0.024801682205507505;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += 0.009774643243705156;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
              result[0] += 0.024391441714549156;
            } else {
              result[0] += 0.01761924909611288;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.04841713110080084;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                result[0] += -0.03563677391495287;
              } else {
                result[0] += -0.022974636524814563;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += -0.04835221748790411;
              } else {
                result[0] += -0.03676398622148943;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            result[0] += -0.058062773233509314;
          } else {
            result[0] += -0.04841713110080084;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.036850854074945975;
            } else {
              result[0] += -0.018839205676863792;
            }
          } else {
            result[0] += -0.007437873504383153;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.05497465727330861;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
                result[0] += -0.036850854074945975;
              } else {
                result[0] += -0.04781256949978629;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              result[0] += -0.02240758603008295;
            } else {
              result[0] += -0.036041399961055764;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
          result[0] += 0.009774643243705156;
        } else {
          result[0] += 0.00315253042506487;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
          result[0] += -0.008328162560742274;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += -0.018342022024819844;
          } else {
            result[0] += -0.02873458030845405;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.018948267319868876;
              } else {
                result[0] += -0.008042750756954589;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
                result[0] += 0.004555400162695832;
              } else {
                result[0] += -0.003236768177183812;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              result[0] += -0.02262126689663562;
            } else {
              result[0] += -0.0084408168713784;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.03607565136521246;
              } else {
                result[0] += -0.022321140230284954;
              }
            } else {
              result[0] += -0.03607565136521246;
            }
          } else {
            result[0] += -0.01608925385300767;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.00869446698481857;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                    result[0] += -0.009238201573454187;
                  } else {
                    result[0] += 0.002098564986797389;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.022249828903181994;
                } else {
                  result[0] += -0.007365440239896823;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.015945797323936778;
                } else {
                  result[0] += 0.00869446698481857;
                }
              } else {
                result[0] += 0.0075552005868617135;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.022249828903181994;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += -0.006101295064202955;
                } else {
                  result[0] += -0.014814375736386602;
                }
              }
            } else {
              result[0] += -6.705843123628206e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.06307275742427497;
            } else {
              result[0] += -0.037560950244668136;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += -0.015763991366881655;
            } else {
              result[0] += -0.0036941198377521186;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.023906541548276792;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += 0.015953449653081486;
              } else {
                result[0] += 0.020665910947477484;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += 0.010641287564656623;
            } else {
              result[0] += 0.016176332638361542;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
            result[0] += 0.010641287564656623;
          } else {
            result[0] += 0.01566325774613944;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.025247000044851205;
            } else {
              result[0] += 0.02900465837972005;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.018079267701128037;
            } else {
              result[0] += 0.024575283889964484;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            result[0] += 0.010641287564656623;
          } else {
            result[0] += 0.020132704459210372;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.056860835458036364;
          } else {
            result[0] += -0.03607565136521246;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.03595674132906248;
            } else {
              result[0] += -0.0235286666128142;
            }
          } else {
            result[0] += -0.014814375736386602;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.06307275742427497;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.05008201079412214;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                  result[0] += -0.037560950244668136;
                } else {
                  result[0] += -0.04657348291514832;
                }
              }
            } else {
              result[0] += -0.05273891906313336;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.04016905732185562;
          } else {
            result[0] += -0.03138474387019276;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0055990510486675395;
        } else {
          result[0] += 0.010641287564656623;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.04163512756453068;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += -0.026600457457333127;
              } else {
                result[0] += -0.019176343133390217;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.031177205864522686;
              } else {
                result[0] += -0.0401943073025955;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.03347132048233077;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.016546415627417238;
              } else {
                result[0] += -0.032388110098363246;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              result[0] += -0.0041490230181287155;
            } else {
              result[0] += -0.01446852667211595;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.01504209951485571;
                } else {
                  result[0] += -0.003917513739025551;
                }
              } else {
                result[0] += 0.003322672535233916;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.019951233686132327;
                } else {
                  result[0] += -0.013400854676135589;
                }
              } else {
                result[0] += -0.005835388550448847;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0005862677408059193;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += 0.008042358959187177;
                } else {
                  result[0] += 0.01290200960091888;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.007200956858414;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  result[0] += 0.0005899369551893647;
                } else {
                  result[0] += 0.005547518091223114;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.019951233686132327;
          } else {
            result[0] += -0.007200956858414;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                result[0] += -0.023778912637697883;
              } else {
                result[0] += -0.03247093948164857;
              }
            } else {
              result[0] += -0.04066734049077165;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)144505.5000000000291) ) ) {
              result[0] += -0.019951233686132327;
            } else {
              result[0] += -0.0269211418042156;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                result[0] += -0.008638170458057088;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  result[0] += -0.029590905804251045;
                } else {
                  result[0] += -0.01700107951475275;
                }
              }
            } else {
              result[0] += -0.03407166550792215;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              result[0] += -0.0021964516831286664;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
                result[0] += -0.007403543380535674;
              } else {
                result[0] += -0.018413314333732875;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                result[0] += 0.01264668573265586;
              } else {
                result[0] += 0.003364108479214917;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.02235788022160591;
                } else {
                  result[0] += 0.01740135136594164;
                }
              } else {
                result[0] += 0.016536322153668705;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.017244093338695643;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += 0.002975585218720703;
              } else {
                result[0] += 0.01188125356112277;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.003364108479214917;
            } else {
              result[0] += 0.011353602235312104;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += -0.018577143347789017;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                result[0] += -0.0026147465538846996;
              } else {
                result[0] += 0.005421623788585764;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.02869626094630298;
            } else {
              result[0] += 0.024639959972326392;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.016892751438212863;
            } else {
              result[0] += 0.02270194147288999;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.004405883023694992;
            } else {
              result[0] += 0.013359550391278256;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
              result[0] += 0.021779318689746807;
            } else {
              result[0] += 0.016323919978382912;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.046660524963912396;
            } else {
              result[0] += -0.03247093948164857;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.05676262026816801;
            } else {
              result[0] += -0.04066734049077165;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.03247093948164857;
          } else {
            result[0] += -0.025145172460346;
          }
        }
      } else {
        result[0] += -0.02009012132172508;
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
          result[0] += -0.008083850318882048;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
            result[0] += 0.011045158605894763;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.00041491734834827134;
            } else {
              result[0] += 0.007359691413150259;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.026549800834932327;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              result[0] += -0.009977715380336958;
            } else {
              result[0] += -0.019687501396098997;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            result[0] += -0.002258364133145206;
          } else {
            result[0] += -0.011755799588965376;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)144505.5000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += -0.002306944215578923;
              } else {
                result[0] += -0.01020604876121316;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.024618721986921843;
              } else {
                result[0] += -0.01598108081023072;
              }
            }
          } else {
            result[0] += -0.0017317490851847556;
          }
        } else {
          result[0] += -0.024618721986921843;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.006277843979690926;
                } else {
                  result[0] += -0.001301955715137607;
                }
              } else {
                result[0] += -0.0020077168089705382;
              }
            } else {
              result[0] += -0.012642677407747598;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
              result[0] += -0.011534924231364572;
            } else {
              result[0] += -0.018502771419752696;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.013037472818412563;
                } else {
                  result[0] += 0.005387060436635281;
                }
              } else {
                result[0] += 0.005387060436635281;
              }
            } else {
              result[0] += -0.0013969936684854502;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              result[0] += -0.0005532245844247245;
            } else {
              result[0] += -0.009697364499178464;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.0077616090701426365;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                  result[0] += 0.015886179925561204;
                } else {
                  result[0] += 0.00967101122903222;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.02212601132510745;
                } else {
                  result[0] += 0.017065748812473847;
                }
              } else {
                result[0] += 0.016939156498180303;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += 0.002215267278650131;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                result[0] += 0.00967101122903222;
              } else {
                result[0] += 0.013817558673442813;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.002030222642984273;
          } else {
            result[0] += 0.008261406222221207;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += 0.02587879713545961;
            } else {
              result[0] += 0.021843136094287216;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.016141560024645576;
            } else {
              result[0] += 0.021833867033244737;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            result[0] += 0.009935941015038292;
          } else {
            result[0] += 0.017815297140187487;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.03121638768446247;
          } else {
            result[0] += -0.02054826910771545;
          }
        } else {
          result[0] += -0.014455927380877164;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.05156094539254666;
            } else {
              result[0] += -0.03754665785982528;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.03385498746043345;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                  result[0] += -0.024618721986921843;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                    result[0] += -0.0272453224388297;
                  } else {
                    result[0] += -0.03490964111254797;
                  }
                }
              }
            } else {
              result[0] += -0.03754665785982528;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
            result[0] += -0.018502771419752696;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              result[0] += -0.025840810360078154;
            } else {
              result[0] += -0.03502955455999132;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.002030222642984273;
        } else {
          result[0] += 0.009913151632238697;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.040591449495323895;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
                result[0] += -0.025005145087699812;
              } else {
                result[0] += -0.03357490341282115;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              result[0] += -0.014640498686474022;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.022539319275926;
              } else {
                result[0] += -0.030603220918188748;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.019092281746464695;
              } else {
                result[0] += -0.009020738121927392;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.03146797988622986;
              } else {
                result[0] += -0.019092281746464695;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
                result[0] += -0.0005635570268012255;
              } else {
                result[0] += -0.005868457932942626;
              }
            } else {
              result[0] += -0.013350458104319007;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)322866.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.006212761185240931;
              } else {
                result[0] += 0.0032258793186664882;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.012707848637048068;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                  result[0] += -0.000763764927055902;
                } else {
                  result[0] += -0.005852420225094557;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 0.011823197521574872;
              } else {
                result[0] += 0.00602675928181038;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.007007263122638516;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                  result[0] += 0.0017719323082585104;
                } else {
                  result[0] += 0.00602675928181038;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.015253873949615854;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.013497799691094698;
            } else {
              result[0] += -0.002487335858818285;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.02910441923800507;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                result[0] += -0.012707848637048068;
              } else {
                result[0] += -0.020274387886219852;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.030986415654762567;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
                result[0] += -0.0211612031841811;
              } else {
                result[0] += -0.029633870401081137;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += -0.008927334304766504;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.021686731364211453;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
                  result[0] += -0.013497799691094698;
                } else {
                  result[0] += -0.021686731364211453;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
                result[0] += -0.002487335858818285;
              } else {
                result[0] += -0.006747569203533763;
              }
            } else {
              result[0] += -0.013622634628510447;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.019463943793194508;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += 0.012885062907972603;
              } else {
                result[0] += 0.01644332916675426;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0006445342941029338;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                result[0] += 0.008199047062395904;
              } else {
                result[0] += 0.012311951872887429;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
              result[0] += -0.00518786206382341;
            } else {
              result[0] += -0.016694630759676986;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                result[0] += 0.012885062907972603;
              } else {
                result[0] += 0.003874417070049286;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
                result[0] += 0.0057184877604291775;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += -0.00518786206382341;
                } else {
                  result[0] += 0.002780562376808416;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.024670189408298113;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                result[0] += 0.018161089236564343;
              } else {
                result[0] += 0.02187726213756777;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.01259804181306923;
            } else {
              result[0] += 0.018716479681022687;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
              result[0] += 0.007842088774580905;
            } else {
              result[0] += -0.0009780260601011605;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                result[0] += 0.018161089236564343;
              } else {
                result[0] += 0.01379454635472354;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += 0.007842088774580905;
              } else {
                result[0] += 0.01379454635472354;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.030986415654762567;
          } else {
            result[0] += -0.021686731364211453;
          }
        } else {
          result[0] += -0.03333314413205859;
        }
      } else {
        result[0] += -0.016694630759676986;
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.011091473327216883;
          } else {
            result[0] += -0.0009780260601011605;
          }
        } else {
          result[0] += 0.007153030931795837;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.02453107608580725;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.011091473327216883;
            } else {
              result[0] += -0.02349071257055673;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            result[0] += -0.0013053981756147497;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.007881260397649624;
            } else {
              result[0] += -0.014875952155504916;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)144505.5000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.016149921342628947;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
              result[0] += -0.002670040240576525;
            } else {
              result[0] += -0.010847332296772122;
            }
          }
        } else {
          result[0] += -0.023650533470107506;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    result[0] += 0.0021288820318759983;
                  } else {
                    result[0] += -0.005848663326238338;
                  }
                } else {
                  result[0] += -0.005848663326238338;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                  result[0] += 0.0043495534152366;
                } else {
                  result[0] += -0.0008258370440783347;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.022279262842597142;
              } else {
                result[0] += -0.005886267260196081;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  result[0] += -0.011638163092545804;
                } else {
                  result[0] += -0.016149921342628947;
                }
              } else {
                result[0] += -0.007160602611434461;
              }
            } else {
              result[0] += -0.022279262842597142;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                    result[0] += 0.00878481182988965;
                  } else {
                    result[0] += 0.003551319578817654;
                  }
                } else {
                  result[0] += -0.0017633056481636536;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  result[0] += 0.011046341962189217;
                } else {
                  result[0] += 0.007129602021185469;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += -0.0033939812305323566;
              } else {
                result[0] += 0.0020597407663978592;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                result[0] += -0.012125851438731412;
              } else {
                result[0] += -0.022279262842597142;
              }
            } else {
              result[0] += -0.004160599816372728;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.007837685800158414;
              } else {
                result[0] += 0.013190783252746566;
              }
            } else {
              result[0] += 0.016591093705821916;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.0009154689058522794;
              } else {
                result[0] += 0.007730059227259967;
              }
            } else {
              result[0] += 0.01173779310345252;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.010620613368312269;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += 0.0025687647809905056;
            } else {
              result[0] += 0.009339929274150779;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += 0.014103420444617158;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                  result[0] += 0.0237842168280643;
                } else {
                  result[0] += 0.020452327345115325;
                }
              } else {
                result[0] += 0.01873932593303629;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += 0.016229197442124664;
              } else {
                result[0] += 0.01873932593303629;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += 0.0011437532633655322;
          } else {
            result[0] += 0.012119816984440101;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.031240051807158248;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += -0.021885290042772235;
              } else {
                result[0] += -0.017049579966114555;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                  result[0] += -0.01997255737594262;
                } else {
                  result[0] += -0.011674532653329975;
                }
              } else {
                result[0] += -0.005373948664493705;
              }
            } else {
              result[0] += -0.021113938287261425;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.043531890800429525;
            } else {
              result[0] += -0.030807176488754997;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
              result[0] += -0.022279262842597142;
            } else {
              result[0] += -0.027593295397312312;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.019698859005014224;
            } else {
              result[0] += -0.010620613368312269;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.0007018595562415595;
            } else {
              result[0] += 0.0053690686949234906;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.030515279291035424;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                result[0] += -0.018497389291782823;
              } else {
                result[0] += -0.024443400779408653;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              result[0] += -0.00947152542178601;
            } else {
              result[0] += -0.018497389291782823;
            }
          }
        }
      }
    } else {
      result[0] += 0.0011437532633655322;
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)322866.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.018589557723313423;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                      result[0] += 0.0014498054067837891;
                    } else {
                      result[0] += -0.0049998051184634296;
                    }
                  } else {
                    result[0] += -0.011587989523950506;
                  }
                } else {
                  result[0] += -0.012049116488549451;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.0035776909638605575;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += -0.004943084202276231;
                } else {
                  result[0] += -0.0010253641065806004;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += -0.004304286486309227;
              } else {
                result[0] += -0.01835033016559942;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                      result[0] += 0.008664263321978801;
                    } else {
                      result[0] += 0.0037233974391034323;
                    }
                  } else {
                    result[0] += 0.0008078902648532186;
                  }
                } else {
                  result[0] += 0.008664263321978801;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += -0.0008832126563828376;
                } else {
                  result[0] += 0.0034485830571635585;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.019039541759866836;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += -0.012274632005951684;
            } else {
              result[0] += -0.0011319289870436366;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
          result[0] += -0.019039541759866836;
        } else {
          result[0] += -0.012274632005951684;
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.016150491270381706;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += 0.006876506783077725;
              } else {
                result[0] += 0.01251666695661834;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.002038788170739423;
              } else {
                result[0] += 0.005283957111526069;
              }
            } else {
              result[0] += 0.009350855432782919;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
                result[0] += -0.00975575304000409;
              } else {
                result[0] += -0.02082174896791211;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
                result[0] += 0.0006814763011990418;
              } else {
                result[0] += -0.010200078198883546;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
              result[0] += 0.010386349157362227;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
                result[0] += 0.005283957111526069;
              } else {
                result[0] += 0.0006814763011990418;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += 0.017063687717124822;
            } else {
              result[0] += 0.020077154484101342;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += 0.008888097554120306;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += 0.014223556217941656;
              } else {
                result[0] += 0.01730854031761841;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.002852120764943044;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                result[0] += 0.010763785981903917;
              } else {
                result[0] += 0.00413031452635146;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
              result[0] += 0.015683633701303445;
            } else {
              result[0] += 0.011001818245369976;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          result[0] += -0.029148811414456122;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.024923664237988304;
              } else {
                result[0] += -0.020006236087250204;
              }
            } else {
              result[0] += -0.02804441019215754;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.02082174896791211;
            } else {
              result[0] += -0.014407435970566752;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.020006236087250204;
            } else {
              result[0] += -0.012274632005951684;
            }
          } else {
            result[0] += -0.020006236087250204;
          }
        } else {
          result[0] += -0.00850123276315831;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
            result[0] += -0.0029577756927428854;
          } else {
            result[0] += -0.011610618594695504;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              result[0] += 0.008935716007167431;
            } else {
              result[0] += 0.00255310051898862;
            }
          } else {
            result[0] += -0.001295818029044681;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.020334172198665477;
            } else {
              result[0] += -0.011610618594695504;
            }
          } else {
            result[0] += -0.020984598501272527;
          }
        } else {
          result[0] += -0.005794256007600109;
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)322866.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.00048175370333857956;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.011377181069193103;
                } else {
                  result[0] += -0.0051490121383950226;
                }
              }
            } else {
              result[0] += 0.0020392386042129853;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.017232506183276604;
            } else {
              result[0] += -0.010331392466074145;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                result[0] += 0.002348857818056086;
              } else {
                result[0] += -0.0022851705566940797;
              }
            } else {
              result[0] += -0.00735935252947689;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                  result[0] += 0.011197580982284286;
                } else {
                  result[0] += 0.005293683427073105;
                }
              } else {
                result[0] += 0.0041949249273011855;
              }
            } else {
              result[0] += -0.000878466836791345;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += -0.014640782525381677;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                  result[0] += -0.017232506183276604;
                } else {
                  result[0] += -0.02195383002422952;
                }
              }
            } else {
              result[0] += -0.02412548868106471;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
              result[0] += -0.00735935252947689;
            } else {
              result[0] += -0.014640782525381677;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += -0.005290747565712323;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  result[0] += -0.016214341626971447;
                } else {
                  result[0] += -0.010331392466074145;
                }
              } else {
                result[0] += -0.02412548868106471;
              }
            }
          } else {
            result[0] += -0.000878466836791345;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            result[0] += 0.01417477111843733;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                result[0] += 0.007080232608864184;
              } else {
                result[0] += 0.0021330393228450174;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                result[0] += 0.011278045057702035;
              } else {
                result[0] += 0.007660091972404627;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.011691297433215153;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                  result[0] += 0.005495368274618617;
                } else {
                  result[0] += -0.001075042566682391;
                }
              } else {
                result[0] += -0.008384948127528633;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                result[0] += 0.01066909199905055;
              } else {
                result[0] += 0.003905429616304126;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
                result[0] += 0.005038891835945511;
              } else {
                result[0] += -0.0011811393983521324;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
            result[0] += 0.018253611208876017;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.010217418231002902;
            } else {
              result[0] += 0.015459087874405465;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                result[0] += 0.010217418231002902;
              } else {
                result[0] += 0.0029644299983959546;
              }
            } else {
              result[0] += -0.0012655585266536616;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
                result[0] += 0.015459087874405465;
              } else {
                result[0] += 0.01136602386504476;
              }
            } else {
              result[0] += 0.008493836970491045;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.02195383002422952;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                result[0] += -0.016214341626971447;
              } else {
                result[0] += -0.021685957662234783;
              }
            }
          } else {
            result[0] += -0.02412548868106471;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.017801144392328286;
          } else {
            result[0] += -0.01247087077772008;
          }
        }
      } else {
        result[0] += -0.011691297433215153;
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
            result[0] += -0.0016047830285895502;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.015664376475389877;
            } else {
              result[0] += -0.007523655026092299;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            result[0] += 0.006909573112468415;
          } else {
            result[0] += 0.0012558939120428277;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.015664376475389877;
            } else {
              result[0] += -0.008890395101046129;
            }
          } else {
            result[0] += -0.016205052390971333;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            result[0] += -0.0025349903058623454;
          } else {
            result[0] += -0.009499504514376669;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                  result[0] += 0.00020655888057786767;
                } else {
                  result[0] += -0.006477489310088263;
                }
              } else {
                result[0] += -0.011299239048296088;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                    result[0] += 0.0023145290254716006;
                  } else {
                    result[0] += -0.0012634001770045434;
                  }
                } else {
                  result[0] += -0.004444860062509059;
                }
              } else {
                result[0] += 0.003374777401822328;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.02101004899381875;
              } else {
                result[0] += -0.011299239048296088;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += -0.006954984069854416;
              } else {
                result[0] += -0.003181051376746137;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.0029085814647972323;
              } else {
                result[0] += -0.006466461498688463;
              }
            } else {
              result[0] += -0.013627749544034479;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                    result[0] += 0.007347250943989423;
                  } else {
                    result[0] += 0.003070453563763248;
                  }
                } else {
                  result[0] += -0.0005210438494733449;
                }
              } else {
                result[0] += 0.007660084464805571;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
                  result[0] += -0.000994558081023637;
                } else {
                  result[0] += -0.007411392371028343;
                }
              } else {
                result[0] += 0.002878397918360419;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          result[0] += -0.022794631910906155;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            result[0] += -0.015101584050821052;
          } else {
            result[0] += -0.007787320390802973;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.01190499710364424;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += 0.00227638819233675;
                } else {
                  result[0] += 0.007725590664378008;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                result[0] += 0.0006683353624810648;
              } else {
                result[0] += 0.0054568182397408925;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                result[0] += 0.015764337413156172;
              } else {
                result[0] += 0.01230987959144548;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
                result[0] += 0.011262470992341884;
              } else {
                result[0] += 0.008783276330667248;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += -0.016414934053042573;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += -0.00031206993326575596;
            } else {
              result[0] += 0.006668126638102376;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += 0.009540969157097023;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.017737577199071892;
                } else {
                  result[0] += 0.012813172229421696;
                }
              } else {
                result[0] += 0.012813172229421696;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                result[0] += 0.019542265091564568;
              } else {
                result[0] += 0.015974855631813823;
              }
            } else {
              result[0] += 0.0152069311862797;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0010517531577000202;
            } else {
              result[0] += 0.006574541573398381;
            }
          } else {
            result[0] += 0.01145287821721834;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.022234243306826492;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += -0.015021611943762923;
              } else {
                result[0] += -0.011193999096444954;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  result[0] += -0.013627749544034479;
                } else {
                  result[0] += -0.007281409693250693;
                }
              } else {
                result[0] += -0.0020317174796309462;
              }
            } else {
              result[0] += -0.013627749544034479;
            }
          }
        } else {
          result[0] += 0.0006683353624810648;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.04046385114580734;
            } else {
              result[0] += -0.027974410813590114;
            }
          } else {
            result[0] += -0.022794631910906155;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
              result[0] += -0.015101584050821052;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.0224002093472214;
                } else {
                  result[0] += -0.015101584050821052;
                }
              } else {
                result[0] += -0.02248599071077685;
              }
            }
          } else {
            result[0] += -0.010259124571534665;
          }
        }
      }
    } else {
      result[0] += 0.0010517531577000202;
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)322866.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.008127916498328277;
              } else {
                result[0] += -0.0013077235212441436;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.004373551247597544;
              } else {
                result[0] += 0.0010015026168562955;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
                result[0] += 0.010352557189996545;
              } else {
                result[0] += 0.004956085974635754;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += -0.0007309425376568946;
              } else {
                result[0] += 0.0041411288408557834;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.011356218813453368;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += -0.0051479142037314865;
                } else {
                  result[0] += -0.0015221558211489692;
                }
              } else {
                result[0] += -0.007682492829173583;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.006463476668979994;
              } else {
                result[0] += -0.0020348195752511486;
              }
            } else {
              result[0] += 0.001364166349094172;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.011356218813453368;
            } else {
              result[0] += -0.006463476668979994;
            }
          } else {
            result[0] += -0.016284712194079922;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
            result[0] += 0.0010015026168562955;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.007682492829173583;
            } else {
              result[0] += -0.0020348195752511486;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                result[0] += 0.014542347619419244;
              } else {
                result[0] += 0.010934888407837443;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  result[0] += 0.004534097570285305;
                } else {
                  result[0] += 0.008369561515190837;
                }
              } else {
                result[0] += 0.010704939545499429;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.0012490990830827478;
              } else {
                result[0] += 0.0044111785467413145;
              }
            } else {
              result[0] += 0.0077433033123981395;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.009848464650486013;
            } else {
              result[0] += -0.005860926870913578;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                  result[0] += 0.005469482379535296;
                } else {
                  result[0] += -0.0008743304719981535;
                }
              } else {
                result[0] += -0.005860926870913578;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                  result[0] += 0.009865201569119294;
                } else {
                  result[0] += 0.0043837489807738265;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
                  result[0] += 0.004896470303235826;
                } else {
                  result[0] += 0.0005232339689132097;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.010110767206934417;
              } else {
                result[0] += 0.013245822749555417;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.0033622540056606406;
              } else {
                result[0] += 0.0093213255844508;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                result[0] += 0.018131780220722496;
              } else {
                result[0] += 0.014989941867570118;
              }
            } else {
              result[0] += 0.013732773255585277;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
              result[0] += 0.002217317803660287;
            } else {
              result[0] += -0.0035915501162992395;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                result[0] += 0.00853629957671422;
              } else {
                result[0] += 0.003567402567682314;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                result[0] += 0.012482740618657248;
              } else {
                result[0] += 0.00829570001596369;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.016284712194079922;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                result[0] += -0.011356218813453368;
              } else {
                result[0] += -0.01566437578987392;
              }
            }
          } else {
            result[0] += -0.009848464650486013;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.026180917583646143;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.017147793238293147;
              } else {
                result[0] += -0.01376152318835866;
              }
            } else {
              result[0] += -0.02147101515592762;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.014380923368405804;
          } else {
            result[0] += -0.009696381751712044;
          }
        } else {
          result[0] += -0.004985282070023332;
        }
      }
    } else {
      result[0] += -0.0035915501162992395;
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += -0.00048492035679448937;
                  } else {
                    result[0] += -0.006772906037594989;
                  }
                } else {
                  result[0] += -0.007560197609984303;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += -0.00048492035679448937;
                } else {
                  result[0] += 0.003077746054340046;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.00839062896027414;
                } else {
                  result[0] += -0.006310135894887899;
                }
              } else {
                result[0] += -0.0029640136861798254;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.007615819974286009;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                      result[0] += 0.00998123015758061;
                    } else {
                      result[0] += 0.005859793850075226;
                    }
                  } else {
                    result[0] += 0.0039057586395387354;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += 0.00024237308327780573;
                  } else {
                    result[0] += 0.0039057586395387354;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                    result[0] += -0.00019555634349710502;
                  } else {
                    result[0] += -0.004272536234642577;
                  }
                } else {
                  result[0] += 0.0026302863341662085;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
            result[0] += -0.00839062896027414;
          } else {
            result[0] += -0.005505093097155596;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
          result[0] += -0.00839062896027414;
        } else {
          result[0] += -0.010991797675831874;
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.004602496057980207;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                  result[0] += 0.009378861730216527;
                } else {
                  result[0] += 0.006889130078208024;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.013168077341007531;
              } else {
                result[0] += 0.009714109563846218;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0007670746642038445;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.0043022786660666034;
              } else {
                result[0] += 0.007573152889761993;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                result[0] += -0.008911364864763708;
              } else {
                result[0] += -0.01489416112306642;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                  result[0] += 0.002792602979154226;
                } else {
                  result[0] += -0.0035764630578265103;
                }
              } else {
                result[0] += -0.009774288308361467;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
                result[0] += 0.008351109914366743;
              } else {
                result[0] += 0.004678123532774705;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                result[0] += 1.3903073554678467e-05;
              } else {
                result[0] += 0.004678123532774705;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += 0.008560980389338814;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.015775154285218026;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += 0.011188192352410115;
              } else {
                result[0] += 0.013378345939600822;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
                result[0] += 0.0001614323291887557;
              } else {
                result[0] += -0.0041538093238571855;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  result[0] += 0.008560980389338814;
                } else {
                  result[0] += 0.004243441246717339;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
                  result[0] += 0.0028322437901986026;
                } else {
                  result[0] += -0.0036675409079931077;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
              result[0] += 0.010726251978087818;
            } else {
              result[0] += 0.006259706920052369;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          result[0] += -0.02096909395849179;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.01489416112306642;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += -0.00957268876084413;
              } else {
                result[0] += -0.011844950789834767;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.01489416112306642;
            } else {
              result[0] += -0.01904265820547845;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
            result[0] += -0.00957268876084413;
          } else {
            result[0] += -0.014887951955759805;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              result[0] += 1.3903073554678467e-05;
            } else {
              result[0] += -0.004282050897624272;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              result[0] += -0.009163074027427966;
            } else {
              result[0] += -0.011844950789834767;
            }
          }
        }
      }
    } else {
      result[0] += -0.0041538093238571855;
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.009161661627552426;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.0005298245037902593;
              } else {
                result[0] += -0.003489906045579571;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.0032370070405658004;
            } else {
              result[0] += -9.285957390404579e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.003006749352007228;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                result[0] += 0.007964506599316882;
              } else {
                result[0] += 0.0037437650570263793;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += 0.0010917728497488559;
              } else {
                result[0] += 0.0037437650570263793;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.017117881844057506;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += -0.008454421033499094;
            } else {
              result[0] += -0.004954653664141391;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.008878812231759006;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
                result[0] += -0.003006749352007228;
              } else {
                result[0] += -0.004887289410750374;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)247952.0000000000291) ) ) {
              result[0] += 0.0012061642727596578;
            } else {
              result[0] += -0.0033709063124223674;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.00351822248670058;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                result[0] += 0.009568242042692547;
              } else {
                result[0] += 0.006912497575498601;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.012184481213814317;
            } else {
              result[0] += 0.00923423340136923;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.0016388347226071248;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                result[0] += 0.0047819526316845275;
              } else {
                result[0] += 0.00733711307167291;
              }
            } else {
              result[0] += -0.0015369622051655879;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
              result[0] += 0.015854378277335324;
            } else {
              result[0] += 0.01230069206984672;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0079373223294911;
            } else {
              result[0] += 0.01171788312868894;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += 0.003988659209533625;
              } else {
                result[0] += 0.0076583920649992135;
              }
            } else {
              result[0] += -0.0017074533788652383;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              result[0] += 0.010950588099092636;
            } else {
              result[0] += 0.006182376437276465;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              result[0] += -0.029316078439556883;
            } else {
              result[0] += -0.0424276746246905;
            }
          } else {
            result[0] += -0.019776019352331014;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.06059309057654745;
          } else {
            result[0] += -0.03983809628070295;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)195982.0000000000291) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.011888374068195796;
              } else {
                result[0] += -0.004519105060331844;
              }
            } else {
              result[0] += 0.003988659209533625;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.018781505086514008;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.01213678522713069;
              } else {
                result[0] += -0.00890348274273699;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.03239733353302015;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.019461922277493722;
              } else {
                result[0] += -0.030012486208401763;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.019725321024144288;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90053.00000000001455) ) ) {
                result[0] += -0.005437782019247231;
              } else {
                result[0] += -0.015029860547142632;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.009634173710100375;
          } else {
            result[0] += -0.004887289410750374;
          }
        } else {
          result[0] += 0.0047819526316845275;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.019776019352331014;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                  result[0] += -0.006963196358566862;
                } else {
                  result[0] += -0.011822448546934428;
                }
              } else {
                result[0] += -0.01467780778524596;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              result[0] += -0.00644956298042205;
            } else {
              result[0] += -0.011888374068195796;
            }
          }
        } else {
          result[0] += -0.003707871299761977;
        }
      }
    }
  }
}

