
#include "header.h"

void predict_unit1(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.50000000000001421) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.005300647501160393;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                result[0] += -0.002117249761722506;
              } else {
                result[0] += 0.0010313517306865345;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.009604574169942592;
              } else {
                result[0] += 0.004294815683973701;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.01394590696475629;
              } else {
                result[0] += 0.008815122667619099;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.002117249761722506;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.0036202747317142514;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.0009189967586423856;
              } else {
                result[0] += 0.0042038861022743864;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += 0.01359534500414707;
            } else {
              result[0] += 0.017812946983065417;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              result[0] += 0.008704529007690266;
            } else {
              result[0] += 0.012295468409073987;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
            result[0] += 0.005577444270669263;
          } else {
            result[0] += 0.0018705961706483737;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.015564288581948187;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              result[0] += -0.004946216816577617;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
                  result[0] += -0.0075641362014514995;
                } else {
                  result[0] += -0.011179667380805766;
                }
              } else {
                result[0] += -0.007766289266685335;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.03007282121196596;
            } else {
              result[0] += -0.020520721906110956;
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.01624489771011782;
            } else {
              result[0] += -0.01125468797490503;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.003971135734069;
            } else {
              result[0] += 0.0009189967586423856;
            }
          } else {
            result[0] += 0.008704529007690266;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              result[0] += -0.0075641362014514995;
            } else {
              result[0] += -0.009678757510400407;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.001780167354670811;
              } else {
                result[0] += 0.0008740937594850367;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                    result[0] += -0.008419083134841677;
                  } else {
                    result[0] += -0.0051171155425383955;
                  }
                } else {
                  result[0] += -0.010115671699457901;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                    result[0] += -0.004818907514747778;
                  } else {
                    result[0] += -0.002040205055022715;
                  }
                } else {
                  result[0] += -0.007766289266685335;
                }
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            result[0] += 0.019544785845097886;
          } else {
            result[0] += 0.02332065897200164;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += 0.007471599308743507;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
              result[0] += 0.018934926107004174;
            } else {
              result[0] += 0.012401967063593403;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
            result[0] += 0.007471599308743507;
          } else {
            result[0] += 0.0024465422800351833;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                result[0] += 0.015925463108001605;
              } else {
                result[0] += 0.01875100438546878;
              }
            } else {
              result[0] += 0.012401967063593403;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
              result[0] += 0.013528534846836715;
            } else {
              result[0] += 0.00982906374822224;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += 0.0024465422800351833;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
                result[0] += 0.007471599308743507;
              } else {
                result[0] += 0.0050895483244520305;
              }
            } else {
              result[0] += 0.00982906374822224;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.0007647789225073269;
            } else {
              result[0] += 0.001989089101601189;
            }
          } else {
            result[0] += 0.0050895483244520305;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            result[0] += -0.0019498170147316043;
          } else {
            result[0] += 0.0016690532457824443;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.006515397778579419;
            } else {
              result[0] += -0.012316905392548101;
            }
          } else {
            result[0] += -0.0035136204296630953;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.0008378661846840425;
              } else {
                result[0] += -0.004621377585693608;
              }
            } else {
              result[0] += -0.007919684256388814;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                  result[0] += 0.0011071346790122978;
                } else {
                  result[0] += -0.003083495438344271;
                }
              } else {
                result[0] += 0.0038427013100816956;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                result[0] += -0.00413878654236649;
              } else {
                result[0] += -0.0011463007524804213;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.002216268742510899;
                } else {
                  result[0] += 0.006409972391483958;
                }
              } else {
                result[0] += 0.010407842587043135;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.003023537386948017;
                } else {
                  result[0] += 0.002678157234183001;
                }
              } else {
                result[0] += 0.004655006023813517;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              result[0] += -0.003023537386948017;
            } else {
              result[0] += 0.002678157234183001;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.008587651072076638;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.017362917902166954;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                  result[0] += 0.01176389577387283;
                } else {
                  result[0] += 0.015196311338205488;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.0013312474864903008;
              } else {
                result[0] += 0.008398196158628902;
              }
            } else {
              result[0] += 0.010618960903372278;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            result[0] += 0.00126070619247144;
          } else {
            result[0] += 0.008398196158628902;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
              result[0] += -0.007919684256388814;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.012215325861670966;
              } else {
                result[0] += -0.008520679050541158;
              }
            }
          } else {
            result[0] += -0.012215325861670966;
          }
        } else {
          result[0] += -0.006329096433019792;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.003023537386948017;
          } else {
            result[0] += 0.00126070619247144;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.01317237171149005;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.009771264055240808;
                } else {
                  result[0] += -0.00689851223154841;
                }
              } else {
                result[0] += -0.01317237171149005;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
                result[0] += -0.0058245381776798714;
              } else {
                result[0] += -0.00842598458806222;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                result[0] += -0.003023537386948017;
              } else {
                result[0] += -0.006436461489098207;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            result[0] += 0.021991203355286804;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.013542589529387595;
            } else {
              result[0] += 0.01845456996090251;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
              result[0] += 0.012535068972999205;
            } else {
              result[0] += 0.0077183986072496494;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
              result[0] += 0.01845456996090251;
            } else {
              result[0] += 0.015010161394243493;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += 0.004728616095521008;
            } else {
              result[0] += 0.009655052359371913;
            }
          } else {
            result[0] += 0.0032820877463768518;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
            result[0] += 0.01336466553187577;
          } else {
            result[0] += 0.00993343412991123;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += 0.004728616095521008;
            } else {
              result[0] += 0.008220873390147555;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += 0.0012615819135463517;
            } else {
              result[0] += 0.004854935256751257;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.004972972299336717;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += 0.0010667004121638843;
            } else {
              result[0] += 0.0032820877463768518;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.00941606156744113;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += -0.002803285369634693;
            } else {
              result[0] += 0.00023498451952489306;
            }
          } else {
            result[0] += -0.0052909796535049285;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.004581912107780853;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += -0.003083687635915232;
            } else {
              result[0] += 0.0006869829142063222;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += 0.00841582572787096;
            } else {
              result[0] += 0.012360491732331462;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.004470624550141769;
              } else {
                result[0] += 0.0034837958857159845;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.00555942569587805;
              } else {
                result[0] += 0.008240823525390965;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.003083687635915232;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.007985792114696348;
            } else {
              result[0] += -0.001632291808757378;
            }
          } else {
            result[0] += 0.0007806723192663657;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.0077542777793912655;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.016964848868190385;
              } else {
                result[0] += 0.01362126056560904;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.006242251711536452;
              } else {
                result[0] += 0.008569664175668849;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                result[0] += 0.012918912856109688;
              } else {
                result[0] += 0.010073723581895063;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              result[0] += 0.017322091270190233;
            } else {
              result[0] += 0.02063823479642345;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.01042599760845644;
              } else {
                result[0] += 0.013916741888949029;
              }
            } else {
              result[0] += 0.016701622311207056;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
            result[0] += 0.006242251711536452;
          } else {
            result[0] += 0.0008311689309359552;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              result[0] += 0.01042599760845644;
            } else {
              result[0] += 0.013782273250710598;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.002737661390869459;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                  result[0] += 0.008113473780060873;
                } else {
                  result[0] += 0.005280248464395116;
                }
              } else {
                result[0] += 0.009903102410436094;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.013800271085802987;
            } else {
              result[0] += -0.010219768828941557;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              result[0] += -0.00320291831410191;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                    result[0] += -0.007614119799292445;
                  } else {
                    result[0] += -0.004028217952864685;
                  }
                } else {
                  result[0] += -0.009346571536728082;
                }
              } else {
                result[0] += -0.006049947979365873;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.028197844289869642;
              } else {
                result[0] += -0.020071793866818302;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.019604655590900934;
              } else {
                result[0] += -0.013813437028037999;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                result[0] += -0.010799001496572263;
              } else {
                result[0] += -0.01553595800925717;
              }
            } else {
              result[0] += -0.009346571536728082;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.003083687635915232;
            } else {
              result[0] += -0.0016472561455720602;
            }
          } else {
            result[0] += 0.006242251711536452;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                result[0] += -0.007064624088176406;
              } else {
                result[0] += -0.009346571536728082;
              }
            } else {
              result[0] += -0.004951959487044814;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += -0.0016472561455720602;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.00670340499363083;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                    result[0] += -0.0035867154957520083;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                      result[0] += -0.006049947979365873;
                    } else {
                      result[0] += -0.00855136090302022;
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                  result[0] += -0.0016472561455720602;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -0.005629004145500747;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
                      result[0] += -0.0016559839706453148;
                    } else {
                      result[0] += -0.0043717538285980495;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      result[0] += 0.002737661390869459;
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)91.50000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 0.002526977189118481;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += 0.007612023603336697;
            } else {
              result[0] += 0.011282645876950456;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0025914932902730073;
              } else {
                result[0] += 0.003817722365968088;
              }
            } else {
              result[0] += 0.006947909746712587;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.003242287900249396;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.004473708763758704;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                  result[0] += 0.0010763133432302393;
                } else {
                  result[0] += -0.00015913128929344883;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.0026443871178139316;
              } else {
                result[0] += 0.0045902673455469325;
              }
            }
          } else {
            result[0] += -0.004473708763758704;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.007086914332961132;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.015579175090808745;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                  result[0] += 0.010285272214635613;
                } else {
                  result[0] += 0.013165329612441433;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0018661119443299156;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                  result[0] += 0.007086914332961132;
                } else {
                  result[0] += 0.005075324199417693;
                }
              }
            } else {
              result[0] += 0.00924006071965994;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.012214586571614021;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.019421302280897317;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  result[0] += 0.015002493030145664;
                } else {
                  result[0] += 0.01755976973717317;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0071473778448906235;
              } else {
                result[0] += 0.012134238367196501;
              }
            } else {
              result[0] += 0.014726239696576146;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.003990019899823433;
              } else {
                result[0] += 0.00240802404815422;
              }
            } else {
              result[0] += 0.005838472354261178;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.007027439744615643;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += -0.00015913128929344883;
              } else {
                result[0] += 0.002520170032630992;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.0032734791040517092;
              } else {
                result[0] += 0.007851294286708917;
              }
            } else {
              result[0] += 0.010510239616012333;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.0026014816088608308;
            } else {
              result[0] += 0.006204666768560052;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.011879433107121763;
            } else {
              result[0] += -0.007956844397445479;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                result[0] += -0.016494837160879388;
              } else {
                result[0] += -0.02302587175642339;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.01643836585531911;
              } else {
                result[0] += -0.012239712254781073;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
              result[0] += -0.001007161635696743;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.005886046476170767;
                } else {
                  result[0] += -0.001007161635696743;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.007751960281357277;
                } else {
                  result[0] += -0.004833958642155677;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += -0.008842631615695788;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.015514536438665377;
                } else {
                  result[0] += -0.011741348598337673;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.010658324045702591;
                  } else {
                    result[0] += -0.007751960281357277;
                  }
                } else {
                  result[0] += -0.006239853157715436;
                }
              } else {
                result[0] += -0.011821506666768322;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          result[0] += 0.002526977189118481;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.004473708763758704;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += -0.00015913128929344883;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.005730027521459474;
              } else {
                result[0] += -0.0036496307642787658;
              }
            }
          }
        }
      }
    } else {
      result[0] += 0.0021863466059552257;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)49.50000000000000711) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
          result[0] += 0.002682925595227581;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
            result[0] += -0.0015939986352462852;
          } else {
            result[0] += -0.003285505959030677;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            result[0] += 0.004238111512585246;
          } else {
            result[0] += 0.00756922894030416;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
            result[0] += 0.0005859838540001054;
          } else {
            result[0] += 0.0035102268519174836;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.011304354278644409;
            } else {
              result[0] += -0.006832049652147326;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.018641742559333218;
            } else {
              result[0] += -0.013354845859663601;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                  result[0] += -0.002136577624401298;
                } else {
                  result[0] += -0.0041595529975426;
                }
              } else {
                result[0] += 0.00017308557350870972;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.006052568645193216;
              } else {
                result[0] += -0.0054530179990010036;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.008970722461334676;
            } else {
              result[0] += -0.006052568645193216;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.002682925595227581;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
                  result[0] += -0.0015939986352462852;
                } else {
                  result[0] += -0.003285505959030677;
                }
              }
            } else {
              result[0] += -0.0054530179990010036;
            }
          } else {
            result[0] += 0.0017214081417993431;
          }
        } else {
          result[0] += -0.0054530179990010036;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)116.5000000000000142) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0028209699517460344;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                  result[0] += 0.011745938907624372;
                } else {
                  result[0] += 0.007954441183816715;
                }
              }
            } else {
              result[0] += 0.0028209699517460344;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.014199708466846978;
            } else {
              result[0] += 0.01055874130919588;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0022257771969314845;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)116.5000000000000142) ) ) {
                result[0] += 0.0045020768278173804;
              } else {
                result[0] += 0.0010376059055920448;
              }
            }
          } else {
            result[0] += 0.006647469784691106;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += 0.008377945739211877;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                result[0] += 0.014636111738854679;
              } else {
                result[0] += 0.010917613017976696;
              }
            } else {
              result[0] += 0.016840620302043585;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
              result[0] += 0.007046818476107955;
            } else {
              result[0] += 0.0026561161692363923;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += 0.010917613017976696;
              } else {
                result[0] += 0.013545282644314822;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.007928140967181118;
              } else {
                result[0] += 0.010764432680299708;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.004865355070901948;
            } else {
              result[0] += -0.0017567958723408803;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += 0.0030152466782311324;
            } else {
              result[0] += -0.00044629323802970397;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.0026561161692363923;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.005435173201393814;
              } else {
                result[0] += 0.007775626735677179;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.003718681932186807;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                  result[0] += 0.0023054299644873354;
                } else {
                  result[0] += -0.0003712308465399726;
                }
              } else {
                result[0] += 0.004343370282970816;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.008913596506034198;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.004865355070901948;
              } else {
                result[0] += -0.003718681932186807;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.0034831407311390773;
            } else {
              result[0] += -0.0008701401162828073;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.014554901645558553;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              result[0] += -0.004865355070901948;
            } else {
              result[0] += -0.0089143293626454;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)99.50000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            result[0] += 0.00039147844832001827;
          } else {
            result[0] += 0.0024166557370854575;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += 0.006565072801653051;
            } else {
              result[0] += 0.009872739254953796;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0024464123402653214;
              } else {
                result[0] += 0.003221983368317913;
              }
            } else {
              result[0] += 0.006020681206764343;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0021912330303024657;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.005789215713302317;
            } else {
              result[0] += -0.0013531159694355381;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              result[0] += 0.00022546482076398058;
            } else {
              result[0] += 0.0025235427850329056;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)157865.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.005715584012486904;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.013101403119614264;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  result[0] += 0.009104137693481965;
                } else {
                  result[0] += 0.011679985734076548;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.00015218895257674243;
              } else {
                result[0] += 0.005715584012486904;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                result[0] += 0.00951358090748488;
              } else {
                result[0] += 0.006958209707414998;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.014259776123261512;
            } else {
              result[0] += 0.016904959597914215;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.00608650870274309;
              } else {
                result[0] += 0.01069545074876371;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                result[0] += 0.014060653242616012;
              } else {
                result[0] += 0.011976661811746918;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.005415654250475306;
            } else {
              result[0] += 0.00039250021403311334;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.003908483301801646;
              } else {
                result[0] += 0.006022638550940302;
              }
            } else {
              result[0] += 0.0015363216131501244;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.002413545422592979;
              } else {
                result[0] += 0.00605653845493849;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                result[0] += 0.009637156565613427;
              } else {
                result[0] += 0.007369677721205234;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += 0.002413545422592979;
            } else {
              result[0] += 0.005332745094587435;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                result[0] += -0.008921195078759192;
              } else {
                result[0] += -0.012213314934344122;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                result[0] += -0.005789215713302317;
              } else {
                result[0] += -0.008370940928290797;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.019392984264206437;
              } else {
                result[0] += -0.014666712804309543;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.014875771311977216;
              } else {
                result[0] += -0.010753818110010529;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                result[0] += 0.00039147844832001827;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                  result[0] += -0.0021912330303024657;
                } else {
                  result[0] += -0.003158516979953477;
                }
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.005187302364038571;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                  result[0] += -0.0032359051035856148;
                } else {
                  result[0] += -0.004682406159842683;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                result[0] += -0.006258484012447033;
              } else {
                result[0] += -0.009145172634030444;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                  result[0] += -0.003886116240764815;
                } else {
                  result[0] += -0.0053463347033097484;
                }
              } else {
                result[0] += -0.007327316532567064;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          result[0] += 0.0024166557370854575;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0021912330303024657;
              } else {
                result[0] += -0.00029554229787978;
              }
            } else {
              result[0] += 0.0015363216131501244;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
              result[0] += -0.0032359051035856148;
            } else {
              result[0] += -0.004551559033489397;
            }
          }
        }
      }
    } else {
      result[0] += 0.0014894603102502799;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 0.002859331258826316;
        } else {
          result[0] += 0.006480090290069443;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.005920460049316912;
          } else {
            result[0] += -0.000402360883250953;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.0009638591737578562;
          } else {
            result[0] += 0.003991850370977052;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
            result[0] += -0.0067392275822108;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
              result[0] += -0.010348955204012782;
            } else {
              result[0] += -0.014208186242021775;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                  result[0] += -0.0024750130589480533;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                    result[0] += -0.004173229931570067;
                  } else {
                    result[0] += -0.0054307516240227885;
                  }
                }
              } else {
                result[0] += -0.0054307516240227885;
              }
            } else {
              result[0] += -0.002356449886904298;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0067392275822108;
              } else {
                result[0] += -0.0054307516240227885;
              }
            } else {
              result[0] += -0.0067392275822108;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -1.3903749920388998e-05;
          } else {
            result[0] += 0.003991850370977052;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.004173229931570067;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                result[0] += 0.0028234538953314913;
              } else {
                result[0] += -0.0008867549397561183;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
                result[0] += -0.002356449886904298;
              } else {
                result[0] += -0.0054307516240227885;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0024323544086083046;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                  result[0] += 0.009178268270287053;
                } else {
                  result[0] += 0.005746071218254291;
                }
              }
            } else {
              result[0] += 0.0024323544086083046;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.011197830834207792;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.006422724375956761;
              } else {
                result[0] += 0.008847062862827479;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              result[0] += 0.007949036912675086;
            } else {
              result[0] += 0.002204797132261929;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.015064124376351275;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                  result[0] += 0.010811745103115805;
                } else {
                  result[0] += 0.007838324419463793;
                }
              } else {
                result[0] += 0.012941291829808084;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.002631428809439718;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                result[0] += 0.0024151501621176904;
              } else {
                result[0] += -0.0005079446895366877;
              }
            }
          } else {
            result[0] += 0.004340451528314781;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0011620770782254939;
            } else {
              result[0] += 0.002204797132261929;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                result[0] += 0.007838324419463793;
              } else {
                result[0] += 0.010261018764422213;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                  result[0] += 0.005443403929262362;
                } else {
                  result[0] += 0.002204797132261929;
                }
              } else {
                result[0] += 0.0074229211676868564;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0038522124020416736;
            } else {
              result[0] += -0.002210072226192209;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
              result[0] += 0.0013656792775533508;
            } else {
              result[0] += -0.0007348615060254192;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.004965011130739649;
            } else {
              result[0] += -0.0012030185832589144;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                result[0] += 0.002204797132261929;
              } else {
                result[0] += -2.3871380438693226e-05;
              }
            } else {
              result[0] += 0.004153352205211097;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.004965011130739649;
            } else {
              result[0] += -0.003238038143704123;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
              result[0] += -0.005358257082293389;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.013305032311343694;
              } else {
                result[0] += -0.007906046706402185;
              }
            }
          }
        } else {
          result[0] += -0.0018133153740230474;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.002162300211281097;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += -0.0017517104881776793;
              } else {
                result[0] += -0.0007011829315348906;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.00603390647756577;
            } else {
              result[0] += 0.002162300211281097;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.001562575631621645;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.004685505776112245;
              } else {
                result[0] += 0.0075912731536627795;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.002687334917151153;
              } else {
                result[0] += 0.005168875122085588;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
          result[0] += -0.003362978326591647;
        } else {
          result[0] += 0.002162300211281097;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
          result[0] += -0.0017517104881776793;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.004302226835956467;
          } else {
            result[0] += -0.003362978326591647;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.007052932544303643;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += -0.004858088126343971;
            } else {
              result[0] += -0.003362978326591647;
            }
          }
        } else {
          result[0] += -0.00824575229286885;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)49.50000000000000711) ) ) {
              result[0] += 0.005867349256919643;
            } else {
              result[0] += 0.001982229678057806;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                result[0] += 0.00851254304110577;
              } else {
                result[0] += 0.011381250199016533;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                result[0] += 0.005946666935486493;
              } else {
                result[0] += 0.008478636127166286;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
              result[0] += 0.001982229678057806;
            } else {
              result[0] += -5.2837111828093114e-05;
            }
          } else {
            result[0] += 0.005018358457748605;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.004243230411520987;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += 0.011283801139363128;
              } else {
                result[0] += 0.008042699594598138;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.014520267634220228;
            } else {
              result[0] += 0.011742340535437695;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
              result[0] += 0.00395637218136968;
            } else {
              result[0] += -0.0010288513833724246;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.007884265709693456;
              } else {
                result[0] += 0.010180296720066892;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                result[0] += 0.005189559027753947;
              } else {
                result[0] += 0.007734564943836055;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              result[0] += -5.2837111828093114e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0051296181718475655;
              } else {
                result[0] += -0.0020691681436928373;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += 0.001982229678057806;
            } else {
              result[0] += 8.722917911774618e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.004372021437433488;
            } else {
              result[0] += -0.0010288513833724246;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                  result[0] += 0.004575481518216082;
                } else {
                  result[0] += 0.006819337966239865;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                  result[0] += 0.002020527691053401;
                } else {
                  result[0] += 0.004460769582454736;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.0006156963093531914;
              } else {
                result[0] += 0.0028287589647372543;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.0051296181718475655;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.002562172337772522;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += -0.0010610955373636219;
              } else {
                result[0] += 0.0013156116089462194;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.007142627303783045;
              } else {
                result[0] += -0.015921803573588193;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                result[0] += -0.0051296181718475655;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.0051296181718475655;
                } else {
                  result[0] += -0.008904489862674003;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.002562172337772522;
            } else {
              result[0] += -0.004687906499921759;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)112.5000000000000142) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 0.0008791210520868747;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.00711181627813464;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0002644456222534943;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += 0.003599862099102314;
              } else {
                result[0] += 0.005293327620682812;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.002191364755099253;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.004289531523869256;
              } else {
                result[0] += -0.0002644456222534943;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                result[0] += 0.0015310926675505447;
              } else {
                result[0] += 0.0035552137758212616;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.004289531523869256;
            } else {
              result[0] += -0.002191364755099253;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.003599862099102314;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.010161216345728035;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += 0.006764369082967516;
                } else {
                  result[0] += 0.008834922936269383;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0012476026278672042;
              } else {
                result[0] += 0.003599862099102314;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                result[0] += 0.006764369082967516;
              } else {
                result[0] += 0.005163450582793531;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.013109462586033177;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += 0.004677898314842033;
                } else {
                  result[0] += 0.008952529023551025;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 0.012043289356488998;
                } else {
                  result[0] += 0.010400839569198149;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.0029823703180910204;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
                  result[0] += 0.008140635149869298;
                } else {
                  result[0] += 0.006700541571082658;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                result[0] += 0.009718333548308186;
              } else {
                result[0] += 0.008281497493219553;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.003352469428916006;
            } else {
              result[0] += 0.00015182906457252628;
            }
          } else {
            result[0] += 0.0024545899308092323;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0018032895507865796;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
                result[0] += 0.0038680220200654927;
              } else {
                result[0] += 0.0015441259280280482;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.005522279983644634;
              } else {
                result[0] += 0.007181762040024447;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                result[0] += 0.004479138115744558;
              } else {
                result[0] += 0.0027643075878860256;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
            result[0] += -0.005905868494991099;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.010329125881684078;
            } else {
              result[0] += -0.007377020817053508;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.01499297079941568;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.010096887495539806;
            } else {
              result[0] += -0.015177377204503784;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.004289531523869256;
            } else {
              result[0] += -0.003352469428916006;
            }
          } else {
            result[0] += 3.380724749156833e-05;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += -0.006765401526699877;
            } else {
              result[0] += -0.009216443690487642;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.005661771885268549;
              } else {
                result[0] += -0.00368695486002627;
              }
            } else {
              result[0] += -0.007156022022542222;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.001418917794987405;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0025678243226326374;
            } else {
              result[0] += 0.003599862099102314;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0033840790737407994;
              } else {
                result[0] += -0.002191364755099253;
              }
            } else {
              result[0] += 0.00015182906457252628;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.003631314580208463;
            } else {
              result[0] += -0.002989308616690044;
            }
          }
        }
      } else {
        result[0] += 0.0015441259280280482;
      }
    }
  }
  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.001978445780601097;
          } else {
            result[0] += 0.00143102235048493;
          }
        } else {
          result[0] += -0.002685999797775996;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += 0.0013016385079991763;
            } else {
              result[0] += 0.005094502840705724;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              result[0] += -0.0016225573090980457;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
                result[0] += 0.0021602022204498658;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                  result[0] += -0.0004320075364139205;
                } else {
                  result[0] += 0.0007931080411450645;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.006769389395801586;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                  result[0] += 0.003650304656223491;
                } else {
                  result[0] += -0.0002071450997152344;
                }
              } else {
                result[0] += 0.005462454532546703;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                result[0] += 0.0016444726673510873;
              } else {
                result[0] += -0.0002071450997152344;
              }
            } else {
              result[0] += 0.003308185602871678;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.002117681560235792;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.008131713290942701;
                } else {
                  result[0] += 0.00596742141106825;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.01055097408840635;
                } else {
                  result[0] += 0.008191695576808704;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0004320075364139205;
              } else {
                result[0] += 0.0017695299229527406;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                  result[0] += 0.004875532452393299;
                } else {
                  result[0] += 0.0031385217673326133;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                  result[0] += 0.007004778771361103;
                } else {
                  result[0] += 0.005332125267270886;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            result[0] += -0.0029155259812142947;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                result[0] += 0.0030931867759087517;
              } else {
                result[0] += -3.5675814807970234e-05;
              }
            } else {
              result[0] += 0.00528374938090275;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)39.50000000000000711) ) ) {
                result[0] += 0.005641146845720814;
              } else {
                result[0] += 0.0024217345968029933;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.011214035278717192;
                } else {
                  result[0] += 0.009178728287077147;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                  result[0] += 0.007905408606243232;
                } else {
                  result[0] += 0.006701734671308666;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.0008682192263643443;
            } else {
              result[0] += 0.003551053507166393;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.013027819127262108;
            } else {
              result[0] += 0.010985400341644932;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
              result[0] += 0.009508154741101735;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.007200624369258663;
              } else {
                result[0] += 0.00874362125200523;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            result[0] += -0.003144058035541983;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.004994888851980322;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                  result[0] += -0.0033664753977079003;
                } else {
                  result[0] += -0.0044563143995086955;
                }
              }
            } else {
              result[0] += -0.007521794607521121;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0017698998380940663;
            } else {
              result[0] += -0.0004320075364139205;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += -0.0029155259812142947;
              } else {
                result[0] += -0.0017698998380940663;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                  result[0] += -0.004556253316035443;
                } else {
                  result[0] += -0.007132412196732736;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                  result[0] += -0.003127467068330337;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                    result[0] += -0.003902705374430879;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                      result[0] += -0.004541077381221278;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                        result[0] += -0.010710024807006533;
                      } else {
                        result[0] += -0.00615476341469145;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
          result[0] += -0.0004320075364139205;
        } else {
          result[0] += -3.5675814807970234e-05;
        }
      }
    } else {
      result[0] += 0.0008682192263643443;
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.004171686828758925;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.0018000335555923464;
              } else {
                result[0] += -0.00031747674754833847;
              }
            } else {
              result[0] += 0.0015250847956799689;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.002998890208875664;
            } else {
              result[0] += 0.0022584905902380886;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.006823843905085821;
            } else {
              result[0] += 0.0038104654903937637;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0018000335555923464;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0031972683211595604;
              } else {
                result[0] += 0.0008357467918007551;
              }
            } else {
              result[0] += 0.002951606283589734;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.004486828008115798;
              } else {
                result[0] += -0.0030345719428754385;
              }
            } else {
              result[0] += -0.0007452359105585991;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0028112608940769144;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.008437978814498853;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += 0.005453429504826326;
                } else {
                  result[0] += 0.007236657906957023;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += 0.0014582690165614103;
              } else {
                result[0] += 0.0031863954685392975;
              }
            } else {
              result[0] += 0.0051493425455942776;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.010082679814602948;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += 0.004217884085458898;
                } else {
                  result[0] += 0.007837434486962008;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.012011815292911003;
              } else {
                result[0] += 0.009741729140011712;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0030988257222240075;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
                  result[0] += 0.00640324913979387;
                } else {
                  result[0] += 0.005016068242105626;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.006939132286503136;
              } else {
                result[0] += 0.008270024538614704;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.003384231276772875;
              } else {
                result[0] += 0.0005745235586891396;
              }
            } else {
              result[0] += 0.002234342715741441;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.005391695126164189;
              } else {
                result[0] += -0.0017485436977087013;
              }
            } else {
              result[0] += 0.00018209398644529573;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 4.285284148922244e-07;
              } else {
                result[0] += 0.0033995934709266313;
              }
            } else {
              result[0] += 0.00526045644433412;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.004709706731548462;
              } else {
                result[0] += -0.0005928562899825836;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.0013188801068922712;
              } else {
                result[0] += 0.0035897889611410695;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.007980853206630356;
          } else {
            result[0] += -0.005432927113273658;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.012902967954466672;
          } else {
            result[0] += -0.009523873111213263;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.004486828008115798;
          } else {
            result[0] += -0.0022821070475776443;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.008982965214944913;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.005480419442088156;
            } else {
              result[0] += -0.00935834829830677;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.002586496852620999;
            } else {
              result[0] += 0.000802519986169316;
            }
          } else {
            result[0] += -4.753653641939496e-05;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.004486828008115798;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  result[0] += -0.003194538494184532;
                } else {
                  result[0] += -0.002586496852620999;
                }
              }
            } else {
              result[0] += -0.004486828008115798;
            }
          } else {
            result[0] += -0.0022821070475776443;
          }
        }
      } else {
        result[0] += 0.0004985064750519995;
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)57.50000000000000711) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            result[0] += 0.0041172240127861455;
          } else {
            result[0] += 0.006508827876702168;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.0007463709182677088;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.00030752705228227604;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += 0.0029011678889662483;
              } else {
                result[0] += 0.004726229358518831;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0004142979725893928;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0004142979725893928;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              result[0] += 0.0012878814699908803;
            } else {
              result[0] += 0.002898707621308754;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.008639483588386362;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.0012614380468624594;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += 0.005435979622824074;
              } else {
                result[0] += 0.007175243084571821;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += 4.563375993239922e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              result[0] += 0.0028222438029762145;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                result[0] += 0.00541618253516409;
              } else {
                result[0] += 0.003671946493802613;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            result[0] += 0.010162090656953431;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.005982935295723298;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                result[0] += 0.007703535003290127;
              } else {
                result[0] += 0.009108327322370163;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += 0.001703635184204676;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                result[0] += 0.005903928959087962;
              } else {
                result[0] += 0.004143796650248343;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
              result[0] += 0.008086688185986615;
            } else {
              result[0] += 0.006489260713177804;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
            result[0] += -0.0004142979725893928;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0047485021652079245;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.0027293541081727666;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                    result[0] += -0.0004142979725893928;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
                      result[0] += -0.0019502200598675555;
                    } else {
                      result[0] += -0.0027293541081727666;
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
                result[0] += -0.0004142979725893928;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.003982313370471941;
                } else {
                  result[0] += -0.0017422104824715017;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.012001032114570735;
              } else {
                result[0] += -0.008160884750116903;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.005865959468815082;
                } else {
                  result[0] += -0.003982313370471941;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.010546707885032038;
                } else {
                  result[0] += -0.0070177620641639175;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                result[0] += -0.0034696387004961443;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
                  result[0] += -0.0016599421684861634;
                } else {
                  result[0] += -0.0027293541081727666;
                }
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                  result[0] += -0.005865959468815082;
                } else {
                  result[0] += -0.004355796791543646;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                  result[0] += -0.003982313370471941;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                    result[0] += -0.0027293541081727666;
                  } else {
                    result[0] += -0.003982313370471941;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.0004142979725893928;
            } else {
              result[0] += 0.00013549826529663268;
            }
          } else {
            result[0] += 0.003671946493802613;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.0027293541081727666;
            } else {
              result[0] += -0.0019502200598675555;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                  result[0] += 0.0002905840668588778;
                } else {
                  result[0] += -0.0009207449121305125;
                }
              } else {
                result[0] += 0.0010832260908995787;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                result[0] += -0.0024346923664014548;
              } else {
                result[0] += -0.0009207449121305125;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
        result[0] += 0.0002243346762236885;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          result[0] += -0.0029415742755244632;
        } else {
          result[0] += -0.005298861208704408;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
          result[0] += 0.0028654079090005436;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.0015240863282394205;
          } else {
            result[0] += 0.00027045296256067523;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.006447859127098507;
            } else {
              result[0] += -0.0036048547623768693;
            }
          } else {
            result[0] += -0.007340886273930366;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.0006146280736761315;
                } else {
                  result[0] += -0.001624186498506177;
                }
              } else {
                result[0] += -0.0035934625575688227;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.006244929269533178;
              } else {
                result[0] += -0.0036464446121445547;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                  result[0] += -0.0010573658353733675;
                } else {
                  result[0] += 0.00027045296256067523;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                  result[0] += -0.0029959647964642143;
                } else {
                  result[0] += -0.00046370521829400756;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                result[0] += -0.0029959647964642143;
              } else {
                result[0] += -0.0036048547623768693;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
          result[0] += 0.005548074594335085;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.0017703414570307782;
          } else {
            result[0] += 0.004297006734519867;
          }
        }
      } else {
        result[0] += 0.00027045296256067523;
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0011113084666901838;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                result[0] += 0.003974491936388392;
              } else {
                result[0] += 0.0014714042482564108;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                result[0] += 0.005440400084096597;
              } else {
                result[0] += 0.0075585265340104195;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += 0.003974491936388392;
              } else {
                result[0] += 0.005692111925787652;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.0011113084666901838;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                result[0] += 0.001830034676056884;
              } else {
                result[0] += 0.0004836929522980803;
              }
            } else {
              result[0] += 0.0033931999312835728;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.001721727829555257;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                result[0] += 0.00589832838633092;
              } else {
                result[0] += 0.0037707860599124673;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.008060555007544433;
              } else {
                result[0] += 0.009856285957659118;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                  result[0] += 0.006358832327226432;
                } else {
                  result[0] += 0.0037707860599124673;
                }
              } else {
                result[0] += 0.00785287324896408;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0024896652715211296;
            } else {
              result[0] += 0.0014045144134663483;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                result[0] += 0.004127839835429881;
              } else {
                result[0] += 0.0019805151531993434;
              }
            } else {
              result[0] += 0.005634328718001444;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0024896652715211296;
            } else {
              result[0] += -0.0012889748101014998;
            }
          } else {
            result[0] += 0.0004836929522980803;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0024896652715211296;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                result[0] += 0.0007677826026545235;
              } else {
                result[0] += -0.001355052917832602;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                  result[0] += 0.002639212529646948;
                } else {
                  result[0] += 0.004378167575789121;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  result[0] += 0.0008768673550574855;
                } else {
                  result[0] += 0.002735104553802503;
                }
              }
            } else {
              result[0] += -1.2714068506603802e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += -0.0028666346491053574;
            } else {
              result[0] += -0.0018638601501780223;
            }
          } else {
            result[0] += -0.0002972523271920103;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              result[0] += -0.00323750193137168;
            } else {
              result[0] += -0.0010544251286956142;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.008853267051971718;
            } else {
              result[0] += -0.0050984256708448234;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.00506592812312124;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
            result[0] += -0.0009551363256833482;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
              result[0] += -0.00251063431537623;
            } else {
              result[0] += -0.004383014981394078;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.008616317716807714;
          } else {
            result[0] += -0.005973575846626221;
          }
        } else {
          result[0] += -0.004383014981394078;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.002610140382679641;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    result[0] += -0.0004992382205549604;
                  } else {
                    result[0] += 0.0007580108780384976;
                  }
                }
              } else {
                result[0] += -0.0009551363256833482;
              }
            } else {
              result[0] += -0.00251063431537623;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              result[0] += 0.0034188537203415446;
            } else {
              result[0] += 0.0008019586823262008;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                result[0] += 0.003046241626855626;
              } else {
                result[0] += -0.00042237461797842374;
              }
            } else {
              result[0] += 0.004679391955744311;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                result[0] += 0.0013161260400565828;
              } else {
                result[0] += -0.00042237461797842374;
              }
            } else {
              result[0] += 0.002754927173241945;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.00251063431537623;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            result[0] += -0.00042237461797842374;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                result[0] += -0.0024323471974859534;
              } else {
                result[0] += -0.0009109290017721357;
              }
            } else {
              result[0] += -0.004383014981394078;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.0011121609070379953;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                  result[0] += 0.004644546032448959;
                } else {
                  result[0] += 0.0064232255075510145;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                  result[0] += 0.0033108927027670925;
                } else {
                  result[0] += 0.004804480024359131;
                }
              }
            }
          } else {
            result[0] += 0.0011121609070379953;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.0015943533332897005;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              result[0] += 0.0011121609070379953;
            } else {
              result[0] += -0.00015543518654755352;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.002180330518443554;
              } else {
                result[0] += 0.00493312491249456;
              }
            } else {
              result[0] += -0.00013807288948245724;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                  result[0] += 0.0076428577676622735;
                } else {
                  result[0] += 0.005877735057896804;
                }
              } else {
                result[0] += 0.003882863384230742;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.009295904843179588;
              } else {
                result[0] += 0.00732323409245394;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.0002734415908793313;
              } else {
                result[0] += 0.0031140148080055076;
              }
            } else {
              result[0] += -0.00013807288948245724;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              result[0] += 0.003882863384230742;
            } else {
              result[0] += 0.005427641311866158;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0015943533332897005;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0015626826111546446;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
                  result[0] += 0.0016454538911386816;
                } else {
                  result[0] += 0.0003483752439187643;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0025856797777618337;
              } else {
                result[0] += -0.0011354320408026666;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.00015543518654755352;
          } else {
            result[0] += 0.0019735912044145407;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
              result[0] += -0.0015943533332897005;
            } else {
              result[0] += -0.0025856797777618337;
            }
          } else {
            result[0] += -0.0005286485364082971;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              result[0] += -0.002869647597636846;
            } else {
              result[0] += -0.0009408249177388103;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.00938276412980302;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += -0.003672627630151283;
              } else {
                result[0] += -0.006040314093792079;
              }
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += 3.8405087860165475e-05;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0027006333464711534;
              } else {
                result[0] += 0.004650486560397921;
              }
            } else {
              result[0] += 0.005615759095820202;
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.0008696996822201227;
            } else {
              result[0] += 0.0026757829948045185;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0008903260844690735;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0008903260844690735;
              } else {
                result[0] += 0.0003517905386289906;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                result[0] += 0.0013200666689968795;
              } else {
                result[0] += 0.0026757829948045185;
              }
            }
          } else {
            result[0] += -0.0008903260844690735;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.001663037878765753;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.005120152604600501;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                    result[0] += 0.0036587746926371985;
                  } else {
                    result[0] += 0.002565507191300208;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.006549264098029759;
              } else {
                result[0] += 0.004714667483843891;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0027276087315112555;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                  result[0] += 0.002565507191300208;
                } else {
                  result[0] += 0.0015519104518900728;
                }
              }
            } else {
              result[0] += 0.0036531685766255395;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.00786264397804111;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                result[0] += 0.004708277123535438;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                  result[0] += 0.006277823857162456;
                } else {
                  result[0] += 0.0075650183562685856;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += 0.00028659702187661096;
                } else {
                  result[0] += 0.002775115516472508;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
                  result[0] += 0.004595123612817702;
                } else {
                  result[0] += 0.003620584654855337;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                  result[0] += 0.0059168725948842826;
                } else {
                  result[0] += 0.0048882893437063625;
                }
              } else {
                result[0] += 0.006335452864815243;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.00395831828249068;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0016156317219847447;
            } else {
              result[0] += -9.754467720881366e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
              result[0] += 0.0009505299291436075;
            } else {
              result[0] += -9.754467720881366e-05;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                  result[0] += 0.003105373692294279;
                } else {
                  result[0] += 0.0022454032742576526;
                }
              } else {
                result[0] += 0.004249371761139735;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.0009505299291436075;
              } else {
                result[0] += 0.0026604699608009695;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            result[0] += -0.0059406008073489575;
          } else {
            result[0] += -0.008423788410227917;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.005036353868579756;
            } else {
              result[0] += -0.0035582667527657417;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.008423788410227917;
            } else {
              result[0] += -0.005683845990147772;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0029838239327723524;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                result[0] += -0.001893483685797124;
              } else {
                result[0] += -0.0029838239327723524;
              }
            }
          } else {
            result[0] += -0.0011390644579104632;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.00392618056745432;
            } else {
              result[0] += -0.0029838239327723524;
            }
          } else {
            result[0] += -0.004626383332826133;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              result[0] += -0.0010687408362072797;
            } else {
              result[0] += -0.0018024536847427283;
            }
          } else {
            result[0] += -0.0008903260844690735;
          }
        } else {
          result[0] += 0.0009505299291436075;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0018024536847427283;
          } else {
            result[0] += -0.0011390644579104632;
          }
        } else {
          result[0] += -0.0026525019261488415;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.005531453793173528;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
            result[0] += -0.0032593521924984496;
          } else {
            result[0] += -0.005531453793173528;
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.002484966355910226;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.0008117492734788136;
            } else {
              result[0] += 0.0004949474682970968;
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0017062647736849645;
                  } else {
                    result[0] += -0.0008117492734788136;
                  }
                } else {
                  result[0] += -0.0016592881835294877;
                }
              } else {
                result[0] += -0.00280294572928896;
              }
            } else {
              result[0] += -0.00280294572928896;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                  result[0] += -0.0006474550793891593;
                } else {
                  result[0] += 0.0004949474682970968;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                  result[0] += -0.0022612682073550293;
                } else {
                  result[0] += 3.371552742135206e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                result[0] += -0.0022612682073550293;
              } else {
                result[0] += -0.0032593521924984496;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
          result[0] += 0.004700943091666154;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.001608906920418957;
          } else {
            result[0] += 0.003453943626376023;
          }
        }
      } else {
        result[0] += 0.0004949474682970968;
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.005783202550982087;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0005017778661931337;
              } else {
                result[0] += 0.002533927792158195;
              }
            } else {
              result[0] += 0.003862364634849991;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0007264273255558366;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                  result[0] += 0.0021289167223713687;
                } else {
                  result[0] += 0.0008644578201954296;
                }
              }
            } else {
              result[0] += -0.0007264273255558366;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += 0.002386693482171268;
              } else {
                result[0] += 0.003862364634849991;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                    result[0] += 0.0019733747406542805;
                  } else {
                    result[0] += 0.0008644578201954296;
                  }
                } else {
                  result[0] += 1.536676760050605e-05;
                }
              } else {
                result[0] += 0.002709069540651152;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += 0.0015069762580248722;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                  result[0] += 0.006075685127592396;
                } else {
                  result[0] += 0.004233908446919617;
                }
              } else {
                result[0] += 0.002589121521527779;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.006253110088476871;
              } else {
                result[0] += 0.007640282919612312;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.004735827562834358;
              } else {
                result[0] += 0.005954169855268326;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += 7.087699493488649e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                result[0] += 0.002879493157160275;
              } else {
                result[0] += 0.001704443696167907;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                result[0] += 0.004735827562834358;
              } else {
                result[0] += 0.003422245768468427;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.002333701882846303;
            } else {
              result[0] += -0.00115740677056575;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0024606527812090747;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
                result[0] += 7.087699493488649e-05;
              } else {
                result[0] += -0.0013245004031631547;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              result[0] += -0.0004878106176639477;
            } else {
              result[0] += 0.0007508484506421069;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              result[0] += 0.0012731535871032909;
            } else {
              result[0] += 0.002508651276417672;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += -0.0024606527812090747;
            } else {
              result[0] += -0.0016623112694651974;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.0024606527812090747;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.009248151680722313;
              } else {
                result[0] += -0.004867977638635628;
              }
            }
          }
        } else {
          result[0] += -0.0005994362109841721;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
          result[0] += -0.004928993288187198;
        } else {
          result[0] += -0.006796093906204382;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0022203486043789362;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                      result[0] += -0.0013474574625731298;
                    } else {
                      result[0] += 0.0005146106429781073;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                    result[0] += -0.0013474574625731298;
                  } else {
                    result[0] += 0.00035614154870400994;
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                  result[0] += -0.0013474574625731298;
                } else {
                  result[0] += -0.002053807937375245;
                }
              }
            } else {
              result[0] += -0.002683716288354703;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.002949157556474685;
              } else {
                result[0] += 0.0010907173102420059;
              }
            } else {
              result[0] += -0.00035298208931283865;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            result[0] += -0.002683716288354703;
          } else {
            result[0] += -0.004928993288187198;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0016759890849918876;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.0021287445439941042;
              } else {
                result[0] += 0.0003685261073846414;
              }
            }
          } else {
            result[0] += -0.0018187810442944407;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                result[0] += 0.0023771733532430474;
              } else {
                result[0] += 0.0008210082527609167;
              }
            } else {
              result[0] += 0.0008210082527609167;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.00469661517128;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 0.0023771733532430474;
              } else {
                result[0] += 0.0032700298924152565;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            result[0] += -0.0018231082512331716;
          } else {
            result[0] += -0.00033004359358932415;
          }
        } else {
          result[0] += -0.004368529485605576;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0014365360140957046;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                  result[0] += 0.003276307770031276;
                } else {
                  result[0] += 0.0015986966676844;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.005237342916048042;
              } else {
                result[0] += 0.0035725200822673896;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0014365360140957046;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                  result[0] += 0.0015529108515039962;
                } else {
                  result[0] += 0.00035968229467444706;
                }
              }
            } else {
              result[0] += 0.0025153758682114457;
            }
          }
        } else {
          result[0] += -0.001544867506707242;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.002750546253683782;
              } else {
                result[0] += 0.004467884727170931;
              }
            } else {
              result[0] += 0.00041428600710543883;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.006843339566492142;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.004912844827181945;
              } else {
                result[0] += 0.006071623169983632;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0010978482092279514;
              } else {
                result[0] += 0.002750546253683782;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                result[0] += 0.00454797004914972;
              } else {
                result[0] += 0.00327461239439923;
              }
            }
          } else {
            result[0] += 0.00041428600710543883;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            result[0] += -0.0014365360140957046;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += -0.0004645348028645695;
            } else {
              result[0] += 0.0008012560459045139;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.001544867506707242;
              } else {
                result[0] += 0.0010978482092279514;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.001544867506707242;
              } else {
                result[0] += -0.0004204136366647575;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
              result[0] += 0.0025349904055995487;
            } else {
              result[0] += 0.0010433278898715611;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
          result[0] += -0.001544867506707242;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
            result[0] += -0.0017329551158400765;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.002254752491407194;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += -0.00636131504154027;
              } else {
                result[0] += -0.003615232450898495;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0038097375193420187;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            result[0] += -0.00044667643843297506;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
              result[0] += -0.001464453946204355;
            } else {
              result[0] += -0.0026243387834132357;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.004220104470211406;
          } else {
            result[0] += -0.0028527673859861605;
          }
        } else {
          result[0] += -0.005550898384330927;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.00044667643843297506;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.003641268222210135;
                } else {
                  result[0] += 0.0016611849347526395;
                }
              } else {
                result[0] += 0.0007010447332268676;
              }
            } else {
              result[0] += 0.00024401850989566587;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.0038268418204180305;
            } else {
              result[0] += 0.001812614069639092;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              result[0] += -0.001464453946204355;
            } else {
              result[0] += -0.00044667643843297506;
            }
          } else {
            result[0] += -0.0019679171212826033;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
            result[0] += 0.00024401850989566587;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                result[0] += -0.0013901615453334598;
              } else {
                result[0] += -3.938362354156876e-05;
              }
            } else {
              result[0] += -0.0019679171212826033;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.005604355426002669;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += 0.002215596987769174;
            } else {
              result[0] += 0.003498371850960981;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0009903846848583482;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                  result[0] += 0.0014957209641648372;
                } else {
                  result[0] += 0.00042577821924891083;
                }
              }
            } else {
              result[0] += -0.0009903846848583482;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                result[0] += 0.00208295617940082;
              } else {
                result[0] += 0.003498371850960981;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                  result[0] += 0.0014957209641648372;
                } else {
                  result[0] += 0.002871468401154924;
                }
              } else {
                result[0] += 0.000650180522936868;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += 0.0001718754802290072;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                  result[0] += 0.00529817015678621;
                } else {
                  result[0] += 0.0035164825944136177;
                }
              } else {
                result[0] += 0.0025691759045035857;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.006681562800794992;
              } else {
                result[0] += 0.0053239775825131555;
              }
            } else {
              result[0] += 0.00424250445349376;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.001985696325764122;
            } else {
              result[0] += 0.0001718754802290072;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                result[0] += 0.002413336230589305;
              } else {
                result[0] += 0.00047625814450192845;
              }
            } else {
              result[0] += 0.003555003685131928;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.001985696325764122;
            } else {
              result[0] += -0.0009903846848583482;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.001985696325764122;
              } else {
                result[0] += -0.0011926470510849655;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                  result[0] += 0.0014773531475093546;
                } else {
                  result[0] += -0.00023588969687315465;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                  result[0] += 0.0001600271515370085;
                } else {
                  result[0] += -0.0011926470510849655;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.000328609519025356;
          } else {
            result[0] += 0.0019658129396990867;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.001985696325764122;
            } else {
              result[0] += -0.0011936834970806209;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
              result[0] += -0.0020218398599165122;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.002241712156641587;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.007556086740806697;
                } else {
                  result[0] += -0.003946260983930526;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
            result[0] += 0.000328609519025356;
          } else {
            result[0] += -0.0009534107722634866;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.001282042034048637;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0016928623426633788;
              } else {
                result[0] += 0.0034315121883000685;
              }
            } else {
              result[0] += 0.003992193722450728;
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.0002824517453403756;
              } else {
                result[0] += 0.0015134473440473013;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += 0.001739665788752668;
              } else {
                result[0] += 0.0030252097230352134;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          result[0] += -0.001282042034048637;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.00043288446528623486;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 0.00011552246458603724;
            } else {
              result[0] += 0.0013348765426862627;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0007569863220391474;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.004432441530135922;
                } else {
                  result[0] += 0.0030139898543751044;
                }
              }
            } else {
              result[0] += 0.004889431066955291;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0025299942384358377;
              } else {
                result[0] += 0.0004547017794039835;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                  result[0] += 0.0023310232478755666;
                } else {
                  result[0] += 0.001579065874871849;
                }
              } else {
                result[0] += 0.0030886913600787448;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.006065574275306234;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += 0.0028022176300859366;
                } else {
                  result[0] += 0.004253567628879267;
                }
              } else {
                result[0] += 0.0053384051322114285;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00010803074146528156;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
                  result[0] += 0.0028022176300859366;
                } else {
                  result[0] += 0.0017837236744932706;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                  result[0] += 0.0039822990772658195;
                } else {
                  result[0] += 0.0032323032464370172;
                }
              } else {
                result[0] += 0.004516111777414011;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.003556294736800926;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                  result[0] += -0.0003023729947699182;
                } else {
                  result[0] += 0.0003816980821608458;
                }
              }
            } else {
              result[0] += 0.001579065874871849;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0011852006837376847;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                  result[0] += 0.0016277939597338338;
                } else {
                  result[0] += 0.0009642309297246727;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                result[0] += 0.0023137358605704785;
              } else {
                result[0] += 0.0033101900427087855;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00388667679783581;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0018821392403505157;
              } else {
                result[0] += -0.0008913798559088663;
              }
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += -0.0006078085734777874;
              } else {
                result[0] += 0.00040757604941522597;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.0003929077350922786;
              } else {
                result[0] += 0.001748759236978597;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.004911898657078206;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
              result[0] += -0.005618558601084532;
            } else {
              result[0] += -0.008535144570929106;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            result[0] += -0.0029859199396247878;
          } else {
            result[0] += -0.004908376915212069;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            result[0] += -0.001288104775417328;
          } else {
            result[0] += -0.0019066793610509173;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0029859199396247878;
            } else {
              result[0] += -0.004353185132326489;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += -0.0026541730915187467;
              } else {
                result[0] += -0.0019609724724240557;
              }
            } else {
              result[0] += -0.0029859199396247878;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
        result[0] += -0.00043288446528623486;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            result[0] += -0.001288104775417328;
          } else {
            result[0] += -0.0019609724724240557;
          }
        } else {
          result[0] += -0.00043288446528623486;
        }
      }
    }
  }
}

