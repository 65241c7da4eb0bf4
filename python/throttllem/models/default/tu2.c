
#include "header.h"

void predict_unit2(union Entry* data, double* result) {
  unsigned int tmp;
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          result[0] += -0.0038314916099880768;
        } else {
          result[0] += -0.007349082671540094;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.0011518641057854668;
                } else {
                  result[0] += 0.00021058522654614125;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0030153268727135473;
                } else {
                  result[0] += 0.0010828307585483792;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -0.0011518641057854668;
                } else {
                  result[0] += -0.0002107583772197083;
                }
              } else {
                result[0] += -0.0011518641057854668;
              }
            }
          } else {
            result[0] += -0.0019820952416750902;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            result[0] += -0.0019820952416750902;
          } else {
            result[0] += -0.0038314916099880768;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.0036536718634816966;
          } else {
            result[0] += 0.0013994918641090518;
          }
        } else {
          result[0] += -5.152049155826667e-05;
        }
      } else {
        result[0] += -0.001917888281999938;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0007881349690071343;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.002642480596280922;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                  result[0] += 0.0009530499760826987;
                } else {
                  result[0] += 0.00023506035971714107;
                }
              }
            }
          } else {
            result[0] += -0.0007881349690071343;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += 0.0034730085014554103;
              } else {
                result[0] += 0.005102049278489406;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += 0.002642480596280922;
              } else {
                result[0] += 0.0035976491531709617;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                  result[0] += 0.0009530499760826987;
                } else {
                  result[0] += 0.0014975748833930549;
                }
              } else {
                result[0] += 0.0001887202741301876;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += 0.0019860922170111222;
              } else {
                result[0] += 0.0026441903946630985;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += 0.0007994866556706448;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                result[0] += 0.004393491506371306;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
                  result[0] += 0.0031645555215479163;
                } else {
                  result[0] += 0.002511884130621711;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.005981727889084124;
            } else {
              result[0] += 0.004393491506371306;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              result[0] += 0.0006836857135195974;
            } else {
              result[0] += -0.0007902719230468682;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                  result[0] += 0.002511884130621711;
                } else {
                  result[0] += 0.0011385603118491113;
                }
              } else {
                result[0] += 0.003604853918558609;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                  result[0] += 0.0015636840168775077;
                } else {
                  result[0] += 5.429286114722223e-05;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                  result[0] += 0.002511884130621711;
                } else {
                  result[0] += 0.0011385603118491113;
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.001330757451151363;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0014693906093925164;
              } else {
                result[0] += -0.0007881349690071343;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              result[0] += 0.00023245615497498697;
            } else {
              result[0] += -0.0007902719230468682;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              result[0] += -0.002021410778857537;
            } else {
              result[0] += -0.0034726148054189106;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += -0.0014693906093925164;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
                  result[0] += -0.0007902719230468682;
                } else {
                  result[0] += -0.0014693906093925164;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                  result[0] += -0.0014693906093925164;
                } else {
                  result[0] += -0.0019369647268281612;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.0019369647268281612;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.006046427434125127;
                  } else {
                    result[0] += -0.0036195770448029744;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0006876489845557901;
          } else {
            result[0] += 7.678552225513443e-05;
          }
        } else {
          result[0] += 0.0011385603118491113;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.004166534741659561;
            } else {
              result[0] += -0.0030155927272091866;
            }
          } else {
            result[0] += -0.006678616676189447;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0015599322651717045;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                    result[0] += 0.00017433820059624123;
                  } else {
                    result[0] += -0.0003902075727344286;
                  }
                }
              } else {
                result[0] += -0.0010510793862805038;
              }
            } else {
              result[0] += -0.0017735084577035775;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              result[0] += -0.0017735084577035775;
            } else {
              result[0] += -0.0030155927272091866;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
              result[0] += 4.564453598163907e-05;
            } else {
              result[0] += -0.0013702146687119437;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                  result[0] += 0.0011542420761376895;
                } else {
                  result[0] += 0.00030554856611789843;
                }
              } else {
                result[0] += 0.0011542420761376895;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.0013702146687119437;
              } else {
                result[0] += 0.00016276652334228984;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            result[0] += -0.0013702146687119437;
          } else {
            result[0] += -0.003113917437049576;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.002771323686767669;
            } else {
              result[0] += 0.0009858636411420748;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              result[0] += -0.00026071829916009276;
            } else {
              result[0] += -0.001205560367272267;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.003799135489397195;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += 0.0016197892515290647;
              } else {
                result[0] += 0.002353870930560869;
              }
            }
          } else {
            result[0] += 0.00045554442475890714;
          }
        }
      } else {
        result[0] += -0.001205560367272267;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                  result[0] += 0.002657054649731417;
                } else {
                  result[0] += 0.0010062427065202315;
                }
              } else {
                result[0] += 0.00018200395964260193;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                  result[0] += 0.002657054649731417;
                } else {
                  result[0] += 0.004130540052742332;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                  result[0] += 0.0017291470876967215;
                } else {
                  result[0] += 0.0027496796793202603;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 0.002697510948633076;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    result[0] += -5.723114427654822e-05;
                  } else {
                    result[0] += 0.001482170192229937;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                  result[0] += 0.003643491118228088;
                } else {
                  result[0] += 0.002697510948633076;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.0050936237533340326;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                  result[0] += 0.003643491118228088;
                } else {
                  result[0] += 0.004416985491423339;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                result[0] += -5.723114427654822e-05;
              } else {
                result[0] += 0.00039618438397512226;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                result[0] += 0.000830240030019044;
              } else {
                result[0] += 0.0018730329745220498;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -5.723114427654822e-05;
              } else {
                result[0] += 0.001482170192229937;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += 0.0026475998698318078;
                } else {
                  result[0] += 0.003599183598201622;
                }
              } else {
                result[0] += 0.0019605637895195103;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
          result[0] += -0.0011173562315854445;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.00024858339773684593;
          } else {
            result[0] += 0.0019605637895195103;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
        result[0] += -5.723114427654822e-05;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
                result[0] += -0.0011173562315854445;
              } else {
                result[0] += -0.0016601851012107028;
              }
            } else {
              result[0] += -0.0007315586959535929;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0016601851012107028;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.0017118626225627884;
              } else {
                result[0] += -0.0036253373920934633;
              }
            }
          }
        } else {
          result[0] += -0.00011215601307265068;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
              result[0] += -0.002424220741393774;
            } else {
              result[0] += -0.004261588040367958;
            }
          } else {
            result[0] += -0.004261588040367958;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0015331852750910808;
                  } else {
                    result[0] += 0.0001567507317234266;
                  }
                } else {
                  result[0] += -0.0006588141499490156;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  result[0] += -0.001620798328375874;
                } else {
                  result[0] += -0.0006588141499490156;
                }
              }
            } else {
              result[0] += -0.001620798328375874;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += -0.003034586359123696;
            } else {
              result[0] += -0.001620798328375874;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
              result[0] += 0.0001047148202229816;
            } else {
              result[0] += -0.0012126523384054994;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.002232936506964142;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                    result[0] += 0.0008442357522196755;
                  } else {
                    result[0] += 0.0017135302121395685;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                  result[0] += 0.0004160329098421632;
                } else {
                  result[0] += 0.001255242537919757;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                result[0] += -0.0012126523384054994;
              } else {
                result[0] += 0.00029667960793222165;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            result[0] += -0.0012126523384054994;
          } else {
            result[0] += -0.002861970290742066;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
          result[0] += 0.003918041623682905;
        } else {
          result[0] += 0.0020039553379152713;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.00031527566455785043;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            result[0] += 0.001860683958648847;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              result[0] += -0.0005535005294580176;
            } else {
              result[0] += -0.002861970290742066;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0002563520094317333;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.003116175249868438;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += 0.0005820581039637659;
              } else {
                result[0] += 0.001782877225609026;
              }
            }
          } else {
            result[0] += 0.0005820581039637659;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
                result[0] += 0.0023141240904532064;
              } else {
                result[0] += 0.0011382042774510665;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.00479967054498374;
              } else {
                result[0] += 0.003147663890920945;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              result[0] += 0.0011382042774510665;
            } else {
              result[0] += 0.002061958204616221;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                result[0] += 0.0032137902006226654;
              } else {
                result[0] += 0.0005820581039637659;
              }
            } else {
              result[0] += 0.0042351936742219915;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                result[0] += 0.002391406021078915;
              } else {
                result[0] += 0.0005820581039637659;
              }
            } else {
              result[0] += 0.0031550754470808214;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0014202294468407643;
            } else {
              result[0] += -0.0002563520094317333;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0013090841024110673;
              } else {
                result[0] += 0.001222665827553852;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.0013090841024110673;
              } else {
                result[0] += 0.00048267164881644415;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
            result[0] += 0.001222665827553852;
          } else {
            result[0] += 0.0019314977759407423;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.0014202294468407643;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.004729084382645521;
              } else {
                result[0] += -0.01038682879706095;
              }
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              result[0] += -0.000613006930473677;
            } else {
              result[0] += -0.0013090841024110673;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.0005522385448499747;
              } else {
                result[0] += 0.000145912082370086;
              }
            } else {
              result[0] += 0.000728961914250297;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
              result[0] += -0.0005637377445390147;
            } else {
              result[0] += -0.0013090841024110673;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          result[0] += -0.0005734616385828656;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0013508709412741401;
              } else {
                result[0] += 0.002509712634776935;
              }
            } else {
              result[0] += 0.0028657190315009907;
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                result[0] += 0.000372877561905973;
              } else {
                result[0] += 0.0013508709412741401;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                  result[0] += 0.0010020270955465643;
                } else {
                  result[0] += 0.0016082518973710921;
                }
              } else {
                result[0] += 0.0006799590396611091;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0011228948237193166;
          } else {
            result[0] += -0.0005734616385828656;
          }
        } else {
          result[0] += 0.000372877561905973;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += 0.00010643758146772486;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0035580796790989594;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                    result[0] += 0.0014271680063134154;
                  } else {
                    result[0] += 0.002059380200534866;
                  }
                } else {
                  result[0] += 0.0029467725648605037;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                  result[0] += 0.0012895016167672625;
                } else {
                  result[0] += 0.0008173327318060259;
                }
              } else {
                result[0] += 0.001881684958439308;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.004329033892643065;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += 0.0030425880788864327;
              } else {
                result[0] += 0.004189350917920102;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00034634404003773924;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += 0.0012661079127353572;
                } else {
                  result[0] += 0.00196016085212637;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                  result[0] += 0.0027127689103452024;
                } else {
                  result[0] += 0.002164942914848134;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                  result[0] += 0.003480087722459943;
                } else {
                  result[0] += 0.002802946399204958;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0012502800643890309;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                    result[0] += 0.00010643758146772486;
                  } else {
                    result[0] += -0.0005223178744034427;
                  }
                } else {
                  result[0] += 0.0002533061632561722;
                }
              } else {
                result[0] += 0.0011540256271738419;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0012502800643890309;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += 0.0007176014715392974;
                } else {
                  result[0] += 0.001222086401052463;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.001678247638331431;
              } else {
                result[0] += 0.002447185306412806;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.002982813476697511;
            } else {
              result[0] += -0.0012502800643890309;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += -0.0005223178744034427;
              } else {
                result[0] += 0.0004523895484233034;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
                  result[0] += 0.00023638914199782554;
                } else {
                  result[0] += -0.00019494273192890543;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                  result[0] += 0.0013583797602516874;
                } else {
                  result[0] += 0.0005602115151826616;
                }
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.003706486481023734;
          } else {
            result[0] += -0.006463702008101133;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            result[0] += -0.002431352747528313;
          } else {
            result[0] += -0.003706486481023734;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          result[0] += -0.0014137994928978671;
        } else {
          result[0] += -0.002632570859234216;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
          result[0] += 0.000372877561905973;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0005734616385828656;
          } else {
            result[0] += -0.00019494273192890543;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                result[0] += -0.0024769613411763577;
              } else {
                result[0] += -0.0016371342603948985;
              }
            } else {
              result[0] += -0.001295250177086287;
            }
          } else {
            result[0] += -0.0024769613411763577;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            result[0] += -0.0005734616385828656;
          } else {
            result[0] += -0.001629972139042651;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
            result[0] += -0.0029165495138583452;
          } else {
            result[0] += -0.004400716641271902;
          }
        } else {
          result[0] += -0.004400716641271902;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.00039156244209632084;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                result[0] += -0.00046934592772160123;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                  result[0] += -0.0006828294352744942;
                } else {
                  result[0] += -0.0010860508478856383;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              result[0] += -0.0016732319029193012;
            } else {
              result[0] += -0.0010860508478856383;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            result[0] += -0.0016732319029193012;
          } else {
            result[0] += -0.0031604465247696634;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.0034371783634388775;
          } else {
            result[0] += 0.0017511137096282142;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            result[0] += 0.0005624053497135876;
          } else {
            result[0] += 0.0012539174391061963;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
            result[0] += 1.3613972434531831e-05;
          } else {
            result[0] += -0.0010860508478856383;
          }
        } else {
          result[0] += -0.0016454372270759366;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
          result[0] += 0.0004968161472604265;
        } else {
          result[0] += -0.0006523855736052072;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.002560189193733421;
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0009470241545653547;
                  } else {
                    result[0] += 0.0012909245086699967;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0005589290253940563;
                  } else {
                    result[0] += 0.001140469470872063;
                  }
                } else {
                  result[0] += 0.0004968161472604265;
                }
              }
            } else {
              result[0] += -0.0005200191411674865;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += 0.0027927589753207493;
                } else {
                  result[0] += 0.0039029927058238205;
                }
              } else {
                result[0] += 0.0023251062061997;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                  result[0] += 0.0016289145965723778;
                } else {
                  result[0] += 0.001157730110697751;
                }
              } else {
                result[0] += 0.0019476813834177207;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.004023958839319771;
                } else {
                  result[0] += 0.0029095349381819554;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.003119178546948887;
                  } else {
                    result[0] += 0.002184648123015459;
                  }
                } else {
                  result[0] += 0.0017592368124512343;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.004081647606925087;
              } else {
                result[0] += 0.003119178546948887;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                  result[0] += 0.0017592368124512343;
                } else {
                  result[0] += 0.00025150494111109226;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                    result[0] += 0.0009644103060703576;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
                      result[0] += 0.001758640988487455;
                    } else {
                      result[0] += 0.0010035438685848212;
                    }
                  }
                } else {
                  result[0] += 0.00025150494111109226;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
                result[0] += 0.002528194706767481;
              } else {
                result[0] += 0.0016825711525705342;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
          result[0] += -0.0006523855736052072;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              result[0] += -0.001487346827967043;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += -0.0033534626338263956;
              } else {
                result[0] += -0.002182243193096929;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                result[0] += -0.0006523855736052072;
              } else {
                result[0] += -0.0007956116595505482;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.0016351913067925107;
                } else {
                  result[0] += -0.0007956116595505482;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                  result[0] += -0.0016351913067925107;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                    result[0] += -0.0016351913067925107;
                  } else {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                      result[0] += -0.00233040277419384;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                        result[0] += -0.008222894049997318;
                      } else {
                        result[0] += -0.003608559414601604;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
          result[0] += 5.1879217959118835e-05;
        } else {
          result[0] += 0.0006897572935928592;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.002215297768003259;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            result[0] += -0.0007097017209469639;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
              result[0] += -0.001086733871628059;
            } else {
              result[0] += -0.0016256925600595194;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -0.002417445680271621;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.00559043669407122;
            } else {
              result[0] += -0.0036723840618814586;
            }
          }
        } else {
          result[0] += -0.0016256925600595194;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.0022531042094876045;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += 0.0007459677442358392;
              } else {
                result[0] += 0.00017506514911228008;
              }
            } else {
              result[0] += 0.0016475625873874997;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
            result[0] += -0.00039259541398158787;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
              result[0] += 0.00017506514911228008;
            } else {
              result[0] += 0.0008689173397285123;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            result[0] += -0.0007097017209469639;
          } else {
            result[0] += 0.0001458616849585136;
          }
        } else {
          result[0] += -0.001086733871628059;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += 0.0004290877470536137;
            } else {
              result[0] += -0.00029749765240424556;
            }
          } else {
            result[0] += 0.0011379826343126725;
          }
        } else {
          result[0] += -0.0006107574360866055;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0022686275283350142;
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0008243019244567626;
                  } else {
                    result[0] += 0.0011334878382083453;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00048101665486500653;
                  } else {
                    result[0] += 0.0010103058178562315;
                  }
                } else {
                  result[0] += 0.0004290877470536137;
                }
              }
            } else {
              result[0] += -0.0004790993066949559;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0032849412477158474;
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += 0.001721885382117422;
                } else {
                  result[0] += 0.0026660698163761343;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += 0.0011334878382083453;
              } else {
                result[0] += 0.0016575618979943936;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.0029046074888038668;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                    result[0] += 0.0023951118702488358;
                  } else {
                    result[0] += 0.0018947984886160448;
                  }
                }
              } else {
                result[0] += 0.00010714825443110292;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.0034562367874044738;
              } else {
                result[0] += 0.0026434277719271752;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                    result[0] += 0.0011776575718985738;
                  } else {
                    result[0] += 0.0017628511653611724;
                  }
                } else {
                  result[0] += 0.0011379826343126725;
                }
              } else {
                result[0] += 0.00010714825443110292;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                result[0] += 0.0021410457067404334;
              } else {
                result[0] += 0.000726764558044267;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.0006107574360866055;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
              result[0] += -0.00029749765240424556;
            } else {
              result[0] += -0.0006107574360866055;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.0029722224086907766;
            } else {
              result[0] += -0.0018205375578613657;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              result[0] += -0.0006107574360866055;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                  result[0] += -0.0006107574360866055;
                } else {
                  result[0] += -0.00109309137805769;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                    result[0] += -0.0025818368545501643;
                  } else {
                    result[0] += -0.005862576004258821;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
                    result[0] += -0.0006891762019870721;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                        result[0] += -0.0015361677090838723;
                      } else {
                        result[0] += -0.0011274463761167437;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                        result[0] += -0.0015361677090838723;
                      } else {
                        result[0] += -0.0033348506727352324;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
          result[0] += -0.0001296102709031424;
        } else {
          result[0] += 0.0004620055291153888;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.0026692483739641564;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
            result[0] += -0.0008804370807565217;
          } else {
            result[0] += -0.002034157329098619;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
            result[0] += -0.002034157329098619;
          } else {
            result[0] += -0.0026692483739641564;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                    result[0] += 0.00018146668890575742;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                      result[0] += -0.0005649516066934744;
                    } else {
                      result[0] += 0.00018146668890575742;
                    }
                  }
                } else {
                  result[0] += -0.0005649516066934744;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0024389987396005296;
                  } else {
                    result[0] += 0.0012652607593697342;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                      result[0] += 0.0004677564451048867;
                    } else {
                      result[0] += 0.0012591358261223864;
                    }
                  } else {
                    result[0] += -0.00029377162074547663;
                  }
                }
              }
            } else {
              result[0] += -0.0008804370807565217;
            }
          } else {
            result[0] += -0.0008804370807565217;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0016430656527074686;
                } else {
                  result[0] += 0.0007260159113867296;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                    result[0] += 0.0003782683361907602;
                  } else {
                    result[0] += -5.301033044901517e-05;
                  }
                } else {
                  result[0] += 0.0003782683361907602;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                result[0] += -0.0008804370807565217;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                  result[0] += 0.00032298803262607043;
                } else {
                  result[0] += -0.0008804370807565217;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.0016430656527074686;
              } else {
                result[0] += 0.0008205961560472314;
              }
            } else {
              result[0] += 0.0016430656527074686;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          result[0] += -0.0008804370807565217;
        } else {
          result[0] += -0.002034157329098619;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
            result[0] += 0.0002728730080402175;
          } else {
            result[0] += -0.00033935505969789594;
          }
        } else {
          result[0] += -0.0008626884138590087;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0029178887582040867;
                } else {
                  result[0] += 0.002046361940541987;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                      result[0] += 0.0007564749578504626;
                    } else {
                      result[0] += 7.490189865756708e-05;
                    }
                  } else {
                    result[0] += 0.0010861864571430355;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                    result[0] += 0.002046361940541987;
                  } else {
                    result[0] += 0.0012653404960692042;
                  }
                }
              }
            } else {
              result[0] += 7.490189865756708e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.003035564017467496;
                  } else {
                    result[0] += 0.002121028331493746;
                  }
                } else {
                  result[0] += 0.0015561717455280213;
                }
              } else {
                result[0] += 0.0007724844187230449;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.003732560642156083;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                    result[0] += 0.0024718073227961643;
                  } else {
                    result[0] += 0.003157781049249993;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  result[0] += 0.0018063461460709558;
                } else {
                  result[0] += 0.002401376871753647;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              result[0] += 0.0002728730080402175;
            } else {
              result[0] += 7.490189865756708e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += 0.000654984510968942;
                } else {
                  result[0] += 0.0010456231234749;
                }
              } else {
                result[0] += 4.034316524028622e-06;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += 0.001417826788417307;
                } else {
                  result[0] += 0.0019830491666515044;
                }
              } else {
                result[0] += 0.0003386765418907037;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0008626884138590087;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.0035304794758712395;
            } else {
              result[0] += -0.007581954715148456;
            }
          }
        } else {
          result[0] += -0.0008626884138590087;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
          result[0] += -0.0003516949666405636;
        } else {
          result[0] += 7.490189865756708e-05;
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0009474868965701566;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.001138362970774715;
                  } else {
                    result[0] += 0.0002440885019392197;
                  }
                } else {
                  result[0] += -0.0004197398858232106;
                }
              } else {
                result[0] += -0.0004197398858232106;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.0012996802346737506;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                result[0] += 0.0002440885019392197;
              } else {
                result[0] += 0.000583847842334295;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0004205824538452174;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.0015438934764762486;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                    result[0] += 0.000472422543060757;
                  } else {
                    result[0] += 0.0008904369754403504;
                  }
                } else {
                  result[0] += 0.0003134318713811308;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                  result[0] += 0.0018345577659812469;
                } else {
                  result[0] += 0.0027570311651469396;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                    result[0] += 0.0011456810644294637;
                  } else {
                    result[0] += 0.0005878413049574616;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                      result[0] += 0.0015767088222594303;
                    } else {
                      result[0] += 0.0010312136612426286;
                    }
                  } else {
                    result[0] += 0.0017474482662177702;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.0009474868965701566;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              result[0] += -0.0004197398858232106;
            } else {
              result[0] += -0.00019322691005125246;
            }
          }
        } else {
          result[0] += 0.0003134318713811308;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.0031207875276050762;
            } else {
              result[0] += 0.0023051079040151724;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00014194828231869463;
              } else {
                result[0] += 0.0017164406842746912;
              }
            } else {
              result[0] += 0.0023051079040151724;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0009346724700683325;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
                result[0] += 0.001312499250185824;
              } else {
                result[0] += 0.0009651990389310006;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294199.0000000000582) ) ) {
                result[0] += 0.0015663327037537486;
              } else {
                result[0] += 0.0011417248737654023;
              }
            } else {
              result[0] += 0.001898731554438834;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0030969161031197006;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
              result[0] += 0.00028178904177343617;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0009474868965701566;
              } else {
                result[0] += -0.0004197398858232106;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              result[0] += 0.0009651990389310006;
            } else {
              result[0] += 0.0017559803217531784;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += -1.800578344758575e-05;
            } else {
              result[0] += 0.0008430535482819109;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            result[0] += -0.0021625844999030417;
          } else {
            result[0] += -0.003223387981615816;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            result[0] += -0.004667427539341841;
          } else {
            result[0] += -0.00731854168571457;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.0021625844999030417;
              } else {
                result[0] += -0.0013961674355670844;
              }
            } else {
              result[0] += -0.00241516049397713;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0013961674355670844;
            } else {
              result[0] += -0.0009474868965701566;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.003223387981615816;
          } else {
            result[0] += -0.00241516049397713;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
            result[0] += -0.0004197398858232106;
          } else {
            result[0] += -0.0008111121533320009;
          }
        } else {
          result[0] += 0.0003134318713811308;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                result[0] += -0.0011724115922685102;
              } else {
                result[0] += -0.001671894569084419;
              }
            } else {
              result[0] += -0.0008111121533320009;
            }
          } else {
            result[0] += 0.00025840265756907647;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -0.0014270092307238024;
          } else {
            result[0] += -0.00241516049397713;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
            result[0] += -0.001997385812091894;
          } else {
            result[0] += -0.0026645338069440513;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.000640419947839981;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                  result[0] += -0.00018825861048367708;
                } else {
                  result[0] += -0.00048011775191692305;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
                result[0] += -0.0008139813733107918;
              } else {
                result[0] += -0.001026157272693478;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                result[0] += -0.0017237526645429149;
              } else {
                result[0] += -0.0023073938622575996;
              }
            } else {
              result[0] += -0.001026157272693478;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.002559702191347212;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 0.0006710416146453857;
              } else {
                result[0] += 0.001237586759627845;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              result[0] += -0.00012654103936629292;
            } else {
              result[0] += 0.00035828750535513653;
            }
          }
        } else {
          result[0] += -0.0006435700776597238;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.00518343909793903;
      } else {
        result[0] += -0.002622834232293864;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
          result[0] += 0.00035921925606261147;
        } else {
          result[0] += -0.00033102364856645846;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0017594501683934679;
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0006251238560652861;
                  } else {
                    result[0] += 0.0009806021507835943;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                  result[0] += 0.0006251238560652861;
                } else {
                  result[0] += 0.00035921925606261147;
                }
              }
            } else {
              result[0] += -0.00033102364856645846;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0018217951595770492;
              } else {
                result[0] += 0.002609349357196076;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                    result[0] += 0.0010754620757415904;
                  } else {
                    result[0] += 0.0015244559604762245;
                  }
                } else {
                  result[0] += 0.0008754486207480311;
                }
              } else {
                result[0] += 0.0015471552752260168;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0027601366660790845;
                } else {
                  result[0] += 0.001993967217772816;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                  result[0] += 0.0011028615228632819;
                } else {
                  result[0] += 0.0016051890101103216;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.002908058007766511;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 0.001993967217772816;
                } else {
                  result[0] += 0.0025070885801103653;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                    result[0] += 0.0008539618311609229;
                  } else {
                    result[0] += 0.00032766426138497267;
                  }
                } else {
                  result[0] += 0.0011028615228632819;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
                  result[0] += 0.0006951917279565912;
                } else {
                  result[0] += 0.00032766426138497267;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 0.0014265197811875086;
                } else {
                  result[0] += 0.0020071211024738343;
                }
              } else {
                result[0] += 0.0009025117008370332;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
          result[0] += -0.00033102364856645846;
        } else {
          result[0] += 0.00032766426138497267;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            result[0] += -0.0011715260809841786;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
              result[0] += -0.0018651579149675168;
            } else {
              result[0] += -0.003948461649275699;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              result[0] += -0.0004111792471067682;
            } else {
              result[0] += 0.00027931010939154834;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.0010185466948632578;
                } else {
                  result[0] += -0.0004111792471067682;
                }
              } else {
                result[0] += 0.00027931010939154834;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  result[0] += -0.0010185466948632578;
                } else {
                  result[0] += -0.00041932317347230844;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                    result[0] += -0.0024582782063873967;
                  } else {
                    result[0] += -0.0010442346251057306;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.003487031768150557;
                  } else {
                    result[0] += -0.0024582782063873967;
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
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          result[0] += -0.002076744472223676;
        } else {
          result[0] += -0.003345467256435258;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
          result[0] += -0.0006060370471968169;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.002076744472223676;
              } else {
                result[0] += -0.0015437891102183048;
              }
            } else {
              result[0] += -0.0021369808884230796;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                result[0] += -0.001227926858738509;
              } else {
                result[0] += -0.0019364827539783383;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += -0.0006183637907448787;
              } else {
                result[0] += -0.0011589671086540813;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    result[0] += -0.00015002332574717904;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                      result[0] += 0.0015394875735550168;
                    } else {
                      result[0] += 0.0005448925564612372;
                    }
                  }
                } else {
                  result[0] += -0.00024350924127229852;
                }
              } else {
                result[0] += -0.0006060370471968169;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.0017011995867454368;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 0.0005448925564612372;
                    } else {
                      result[0] += 0.001059346394909185;
                    }
                  } else {
                    result[0] += -0.00011846760556317152;
                  }
                } else {
                  result[0] += -0.00011846760556317152;
                }
              }
            }
          } else {
            result[0] += -0.0006060370471968169;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                result[0] += 0.0004972757736129432;
              } else {
                result[0] += 0.0012999712828793619;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                  result[0] += 0.0004972757736129432;
                } else {
                  result[0] += -0.0003113772772316756;
                }
              } else {
                result[0] += 0.0007713253333955997;
              }
            }
          } else {
            result[0] += 0.0012999712828793619;
          }
        }
      } else {
        result[0] += -0.0006060370471968169;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.0007289268153886487;
            } else {
              result[0] += 0.0004349450709711279;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += -0.0002155914248493202;
            } else {
              result[0] += -0.0005623830177006017;
            }
          }
        } else {
          result[0] += -0.0005623830177006017;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.0007289268153886487;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0021700785033608376;
                } else {
                  result[0] += 0.0013905449100455793;
                }
              } else {
                result[0] += 0.0009770851497973426;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0022744172050947497;
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 0.0012734090984446345;
                  } else {
                    result[0] += 0.0017317046041795143;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0032322064913241633;
                } else {
                  result[0] += 0.002078093828784955;
                }
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += 0.0007289268153886487;
                } else {
                  result[0] += 0.0012085995109861391;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 0.0013780820141408106;
                } else {
                  result[0] += 0.0019982125689094756;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
                  result[0] += 0.00029612997132966444;
                } else {
                  result[0] += -8.62353005276336e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += 0.0003301770688985555;
                } else {
                  result[0] += 0.0008841727464485192;
                }
              }
            } else {
              result[0] += -8.62353005276336e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
                    result[0] += 0.0008874697867348521;
                  } else {
                    result[0] += 0.0005100963844952661;
                  }
                } else {
                  result[0] += 0.0009532837406357998;
                }
              } else {
                result[0] += -8.62353005276336e-05;
              }
            } else {
              result[0] += 0.0013497526578804167;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0005623830177006017;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.002719365279254917;
            } else {
              result[0] += -0.005919887373280463;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.0005623830177006017;
            } else {
              result[0] += -8.62353005276336e-05;
            }
          } else {
            result[0] += -0.0005623830177006017;
          }
        }
      } else {
        result[0] += -8.62353005276336e-05;
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0004043031511345159;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                  result[0] += 0.0006409867923716925;
                } else {
                  result[0] += -0.0001871321491729769;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0009220903437413569;
              } else {
                result[0] += -0.0004043031511345159;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.0014355382473806486;
              } else {
                result[0] += 0.0007297928494353976;
              }
            } else {
              result[0] += 0.00018738795967120862;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.00046131768125169583;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                  result[0] += 0.0016272007606864887;
                } else {
                  result[0] += 0.0024395043855862707;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  result[0] += 0.0010274840671506047;
                } else {
                  result[0] += 0.0015542897063222714;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0005554379012123365;
                  } else {
                    result[0] += 0.0010274840671506047;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                        result[0] += 0.0004734042737699396;
                      } else {
                        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                          result[0] += -0.0004043031511345159;
                        } else {
                          result[0] += 0.0001653050719260075;
                        }
                      }
                    } else {
                      result[0] += -0.0004043031511345159;
                    }
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                      result[0] += 0.0005554379012123365;
                    } else {
                      result[0] += 0.0004734042737699396;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.0010274840671506047;
                } else {
                  result[0] += 0.0014684590667956405;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          result[0] += -0.0009220903437413569;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.0005973111582889924;
            } else {
              result[0] += -0.0004043031511345159;
            }
          } else {
            result[0] += 0.00018738795967120862;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
              result[0] += 0.002010450235702697;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -2.0109295147900562e-05;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0019035322459615368;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += 0.0010191408572054201;
                  } else {
                    result[0] += 0.0013404141528278166;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0028940673603569163;
            } else {
              result[0] += 0.002010450235702697;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.00046131768125169583;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                result[0] += 0.0010191408572054201;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += 0.00040360798510766943;
                } else {
                  result[0] += 0.0007838246925993758;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += 0.0011964199439033622;
              } else {
                result[0] += 0.0016651677827524713;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.002004638031502554;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.0007781064180935877;
            } else {
              result[0] += -0.00031452384849266056;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
                result[0] += 0.0007838246925993758;
              } else {
                result[0] += 0.00046146055904053426;
              }
            } else {
              result[0] += 0.0011755929643259104;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += -0.00030433125182735305;
            } else {
              result[0] += 0.00046146055904053426;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0023472678279687848;
            } else {
              result[0] += -0.0013333118935441243;
            }
          } else {
            result[0] += -0.0023794274555243473;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.004176331642657824;
          } else {
            result[0] += -0.002152989071560997;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += -0.001093653804064784;
            } else {
              result[0] += -0.001845911146697786;
            }
          } else {
            result[0] += -0.0010165706157412246;
          }
        } else {
          result[0] += -0.001845911146697786;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += -0.0005548393169945683;
            } else {
              result[0] += -0.0009609211552005363;
            }
          } else {
            result[0] += -0.0004043031511345159;
          }
        } else {
          result[0] += -8.76587490919356e-05;
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
          result[0] += -0.000685655821889878;
        } else {
          result[0] += -0.0010165706157412246;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0015226359182047983;
            } else {
              result[0] += -0.0007527908514928057;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0016455043469318685;
            } else {
              result[0] += -0.0022690767573889706;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
                result[0] += 6.399444976899861e-05;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
                  result[0] += -0.00034807560724046016;
                } else {
                  result[0] += -0.0005932321094952063;
                }
              }
            } else {
              result[0] += -0.0007527908514928057;
            }
          } else {
            result[0] += -0.0007527908514928057;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0020626367108650865;
            } else {
              result[0] += 0.0009353364764629533;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                result[0] += 0.0003723680776734343;
              } else {
                result[0] += -2.1790978752091173e-09;
              }
            } else {
              result[0] += 0.0005462268491515663;
            }
          }
        } else {
          result[0] += -0.0004647063704324278;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.004290740952510653;
      } else {
        result[0] += -0.0022690767573889706;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0002293487161464037;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.0008420367529229456;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                result[0] += 0.00043102453180235363;
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += -0.0002293487161464037;
                } else {
                  result[0] += 0.00043102453180235363;
                }
              }
            }
          }
        } else {
          result[0] += -0.0002293487161464037;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0013114608010825397;
                } else {
                  result[0] += 0.0008420367529229456;
                }
              } else {
                result[0] += 0.00043102453180235363;
              }
            } else {
              result[0] += -0.0002293487161464037;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0014184891989959918;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0026110087912650497;
                } else {
                  result[0] += 0.0017996406083859986;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 0.0008420367529229456;
              } else {
                result[0] += 0.001165157540051404;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0018428698514832264;
                  } else {
                    result[0] += 0.0013398715769440154;
                  }
                } else {
                  result[0] += 0.00099133791672346;
                }
              } else {
                result[0] += 0.0005577975795086086;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += 0.0018428698514832264;
                } else {
                  result[0] += 0.0024116546761583355;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                    result[0] += 0.0014895329566358834;
                  } else {
                    result[0] += 0.001169672251881815;
                  }
                } else {
                  result[0] += 0.0017578777469237144;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
                result[0] += 0.0009300524888111579;
              } else {
                result[0] += 0.00044254240789668695;
              }
            } else {
              result[0] += 0.0010258761872595644;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
          result[0] += -0.0002293487161464037;
        } else {
          result[0] += 0.0003648874969596251;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            result[0] += -0.0009295652922064163;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
              result[0] += -0.0015510685298715811;
            } else {
              result[0] += -0.003401565287931331;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += -0.0002293487161464037;
            } else {
              result[0] += 0.0002383256652108433;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                result[0] += -0.0002293487161464037;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                  result[0] += -0.0002293487161464037;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                    result[0] += -0.0006611544304002078;
                  } else {
                    result[0] += -0.0012174514059574502;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -0.0013338355486070613;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                      result[0] += -0.0002293487161464037;
                    } else {
                      result[0] += -0.0006917576032750059;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                      result[0] += -0.0013338355486070613;
                    } else {
                      result[0] += -0.004913755928644314;
                    }
                  } else {
                    result[0] += -0.0013338355486070613;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                  result[0] += -0.0002293487161464037;
                } else {
                  result[0] += -0.0012791783837035654;
                }
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.000922581579990192;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0003877404864864923;
            } else {
              result[0] += -0.0008533048563016236;
            }
          }
        } else {
          result[0] += 0.000410987221802868;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
          result[0] += -0.000922581579990192;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.00190147138811454;
          } else {
            result[0] += -0.0011527707812606515;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
        result[0] += -0.00190147138811454;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += -0.0020259597544281965;
        } else {
          result[0] += -0.0035642795001388835;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0006499633289423139;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                    result[0] += -0.0007803990419857685;
                  } else {
                    result[0] += -0.00037320955455187274;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                    result[0] += 0.0004970627674210474;
                  } else {
                    result[0] += -0.0002906593650305956;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                  result[0] += 0.0011365327259653761;
                } else {
                  result[0] += 0.0005178395018167255;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                  result[0] += 1.985175831483137e-05;
                } else {
                  result[0] += -0.0002906593650305956;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              result[0] += -0.000922581579990192;
            } else {
              result[0] += -0.0002906593650305956;
            }
          }
        } else {
          result[0] += -0.000922581579990192;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0013492990629347923;
                } else {
                  result[0] += 0.0006741232560160345;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                    result[0] += 0.0006741232560160345;
                  } else {
                    result[0] += 0.0002395091395074508;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                    result[0] += -0.0003208664333432167;
                  } else {
                    result[0] += 0.0002395091395074508;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0016575358875782539;
                } else {
                  result[0] += 0.001184315333294787;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  result[0] += 0.0006741232560160345;
                } else {
                  result[0] += 0.0010514787783193385;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += -0.0003208664333432167;
            } else {
              result[0] += 0.0006741232560160345;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
            result[0] += -0.0003208664333432167;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                result[0] += -0.0007310792334974494;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                  result[0] += -0.00190147138811454;
                } else {
                  result[0] += -0.001368581394988443;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                result[0] += -0.0003208664333432167;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                  result[0] += -0.0003208664333432167;
                } else {
                  result[0] += -0.0007568876113554766;
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                  result[0] += 0.002058901243309892;
                } else {
                  result[0] += 0.0014078658754196466;
                }
              } else {
                result[0] += 0.0026090308861919506;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                  result[0] += 0.0012689750169182015;
                } else {
                  result[0] += 0.0009127032444370744;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 0.0012689750169182015;
                } else {
                  result[0] += 0.0016261411921144335;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
                result[0] += 0.0008257069465351793;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
                  result[0] += 0.00047083658836171544;
                } else {
                  result[0] += 0.00018261846025707275;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += 0.0009127032444370744;
              } else {
                result[0] += 0.0012689750169182015;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            result[0] += -0.0006115094484813372;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
              result[0] += 0.0009127032444370744;
            } else {
              result[0] += -6.165019473291479e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
            result[0] += 0.000410987221802868;
          } else {
            result[0] += -5.022681315786391e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
              result[0] += -0.0006115094484813372;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                result[0] += -0.000872579767961486;
              } else {
                result[0] += -0.0014421135492372133;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
              result[0] += -6.165019473291479e-05;
            } else {
              result[0] += -0.0006071044107076326;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.0015764243274996829;
      } else {
        result[0] += -0.0009206992935826253;
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                      result[0] += -5.530994640791536e-06;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                        result[0] += -0.00032901281047412466;
                      } else {
                        result[0] += -0.0007000218621865312;
                      }
                    }
                  } else {
                    result[0] += -0.0007000218621865312;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                          result[0] += -5.530994640791536e-06;
                        } else {
                          result[0] += 0.00038225617838488524;
                        }
                      } else {
                        result[0] += -5.530994640791536e-06;
                      }
                    } else {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                        result[0] += 0.0010911312600599555;
                      } else {
                        result[0] += 0.00038225617838488524;
                      }
                    }
                  } else {
                    result[0] += -0.0003068083047191045;
                  }
                }
              } else {
                result[0] += -0.0007000218621865312;
              }
            } else {
              result[0] += -0.0009206992935826253;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                result[0] += 0.0010911312600599555;
              } else {
                result[0] += 0.0004800213768464453;
              }
            } else {
              result[0] += -0.000496376885343788;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.0008092614948930969;
                } else {
                  result[0] += 0.00035245056410925424;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  result[0] += -0.00018342435153220995;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                    result[0] += 0.00035245056410925424;
                  } else {
                    result[0] += -0.00018342435153220995;
                  }
                }
              }
            } else {
              result[0] += -0.0005104874894682959;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.0008092614948930969;
                } else {
                  result[0] += 0.0003825227035935798;
                }
              } else {
                result[0] += -0.0002253381984167214;
              }
            } else {
              result[0] += 0.0009187143469337758;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0009206992935826253;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += -0.0005104874894682959;
            } else {
              result[0] += 0.00016391751595622755;
            }
          } else {
            result[0] += -0.0009206992935826253;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.0017613068452312503;
          } else {
            result[0] += 0.001196225182026454;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.001262957712609536;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -4.303902444541613e-05;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                  result[0] += 0.0010101842027625465;
                } else {
                  result[0] += 0.0006978245424544077;
                }
              }
            } else {
              result[0] += 0.001122116108387889;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0016456483159192883;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                  result[0] += -0.0005500907763136928;
                } else {
                  result[0] += -0.00018167789621849003;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
                  result[0] += 0.00018194965813385423;
                } else {
                  result[0] += -0.00012458417639427854;
                }
              }
            } else {
              result[0] += 0.00039948936530214134;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.00044649785626272486;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                    result[0] += 0.00042442445396279863;
                  } else {
                    result[0] += 0.00020039271061321592;
                  }
                }
              } else {
                result[0] += -0.000540828866168155;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                  result[0] += 0.0006978245424544077;
                } else {
                  result[0] += 0.00028505946321309245;
                }
              } else {
                result[0] += 0.0010748031723416204;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0019729659109175477;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0032522679419606476;
            } else {
              result[0] += -0.005111668408468573;
            }
          }
        } else {
          result[0] += -0.0014463135959881398;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
              result[0] += 0.0006978245424544077;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.00019592767409761782;
              } else {
                result[0] += 0.00020039271061321592;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += -0.000540828866168155;
            } else {
              result[0] += -0.00019592767409761782;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -0.000540828866168155;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.000540828866168155;
            } else {
              result[0] += -0.0014463135959881398;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          result[0] += -0.001484976274044418;
        } else {
          result[0] += -0.002349848846404561;
        }
      } else {
        result[0] += -0.0011134230908974765;
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0008719891562493512;
                } else {
                  result[0] += 0.0001668556296493665;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                        result[0] += -0.0004639289573916474;
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                            result[0] += -0.0002021582683907658;
                          } else {
                            result[0] += 0.0001668556296493665;
                          }
                        } else {
                          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                              result[0] += -0.00023215747536599356;
                            } else {
                              result[0] += 0.00014769451782653236;
                            }
                          } else {
                            result[0] += -0.0004639289573916474;
                          }
                        }
                      }
                    } else {
                      result[0] += -0.0004639289573916474;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                      result[0] += -0.0006411655693025665;
                    } else {
                      result[0] += -0.0004639289573916474;
                    }
                  }
                } else {
                  result[0] += -0.0006411655693025665;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
                result[0] += 0.0009634655213896216;
              } else {
                result[0] += 0.0001668556296493665;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              result[0] += -0.0011134230908974765;
            } else {
              result[0] += -0.0006411655693025665;
            }
          }
        } else {
          result[0] += -0.0011134230908974765;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 0.0005949425455460599;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                    result[0] += 0.0005949425455460599;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                      result[0] += 0.00019725058150594878;
                    } else {
                      result[0] += -3.3370817524077386e-05;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                    result[0] += -0.00026308700103233775;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                      result[0] += 0.00019725058150594878;
                    } else {
                      result[0] += -0.00026308700103233775;
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.0011417645431320085;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += 0.0005949425455460599;
                } else {
                  result[0] += 0.0009437110125518184;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += -0.00026308700103233775;
            } else {
              result[0] += 0.0005949425455460599;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                  result[0] += -0.0002835115245211851;
                } else {
                  result[0] += -0.0005586921508507308;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                    result[0] += -0.0011134230908974765;
                  } else {
                    result[0] += -0.000564898623815101;
                  }
                } else {
                  result[0] += -0.0011134230908974765;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                result[0] += -3.3370817524077386e-05;
              } else {
                result[0] += -0.00026308700103233775;
              }
            }
          } else {
            result[0] += 0.0002296814135460657;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.0009839730435860312;
            } else {
              result[0] += 0.0006043296868705199;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.00041731385870512696;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
                result[0] += 0.00039310909582694354;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                  result[0] += 0.00028911721037786745;
                } else {
                  result[0] += -0.00017081016775048774;
                }
              }
            }
          }
        } else {
          result[0] += -0.00041731385870512696;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.0012019390752118439;
              } else {
                result[0] += 0.0009109449103544027;
              }
            } else {
              result[0] += 9.061677858830394e-05;
            }
          } else {
            result[0] += 0.00141749580551412;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)692469.5000000001164) ) ) {
                result[0] += 0.0006300112253267548;
              } else {
                result[0] += 0.00039310909582694354;
              }
            } else {
              result[0] += 0.0009947784917714129;
            }
          } else {
            result[0] += 9.061677858830394e-05;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.0009208506975047318;
          } else {
            result[0] += -0.00041731385870512696;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            result[0] += -0.0009208506975047318;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.003411379161477407;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.0015318165594494953;
                } else {
                  result[0] += -0.003411379161477407;
                }
              } else {
                result[0] += -0.0009302971700321461;
              }
            }
          }
        }
      } else {
        result[0] += 9.061677858830394e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 0.0002479965016954177;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0013715891366596568;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
              result[0] += -0.0006293908070331758;
            } else {
              result[0] += -0.0016782698774757009;
            }
          }
        } else {
          result[0] += -0.0021096244778996197;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 0.00035119411948674275;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
              result[0] += 0.001425250844872623;
            } else {
              result[0] += 0.0010111605467575267;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.00047148697542123637;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                result[0] += 0.0009782197001602388;
              } else {
                result[0] += 0.0006744083616723159;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
            result[0] += -0.0003148720804835418;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0010042411882256175;
                } else {
                  result[0] += -0.000533616807659923;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.0013715891366596568;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                    result[0] += -0.0010042411882256175;
                  } else {
                    result[0] += -0.0013715891366596568;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                    result[0] += -0.0009482805825690631;
                  } else {
                    result[0] += -0.0005345751271764232;
                  }
                } else {
                  result[0] += -0.00041833623949277403;
                }
              } else {
                result[0] += -0.0009482805825690631;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                      result[0] += 0.000345584118250814;
                    } else {
                      result[0] += 1.8102797149644376e-05;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                      result[0] += -0.0003148720804835418;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                        result[0] += 1.8102797149644376e-05;
                      } else {
                        result[0] += -0.0003148720804835418;
                      }
                    }
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                    result[0] += 0.00035119411948674275;
                  } else {
                    result[0] += 0.0001573126729520092;
                  }
                }
              } else {
                result[0] += -0.0003148720804835418;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                    result[0] += 0.00035119411948674275;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                      result[0] += 0.00020471668025080975;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                          result[0] += -1.4674781047844299e-05;
                        } else {
                          result[0] += 0.00020471668025080975;
                        }
                      } else {
                        result[0] += -0.00017660192705784257;
                      }
                    }
                  }
                } else {
                  result[0] += -0.0003148720804835418;
                }
              } else {
                result[0] += 0.00035119411948674275;
              }
            }
          } else {
            result[0] += -0.0003148720804835418;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.50000000000001421) ) ) {
          result[0] += 0.0005484171002681997;
        } else {
          result[0] += -0.00024132035970335288;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0016912371224710263;
                } else {
                  result[0] += 0.0011468542370730744;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                    result[0] += 0.0009013369527048504;
                  } else {
                    result[0] += 0.0005484171002681997;
                  }
                } else {
                  result[0] += 0.0009013369527048504;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0019693090149311174;
              } else {
                result[0] += 0.0012866922023886682;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              result[0] += 0.0005484171002681997;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 0.0008094352492810148;
              } else {
                result[0] += 0.0011079697828890827;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            result[0] += -0.00024132035970335288;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += 0.00038157576601065984;
            } else {
              result[0] += -0.00010921444191516901;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
        result[0] += -0.00024132035970335288;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
              result[0] += -0.0002475562318107128;
            } else {
              result[0] += -0.0006986144750425934;
            }
          } else {
            result[0] += -0.00024132035970335288;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.003467295972704751;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                  result[0] += -0.0006986144750425934;
                } else {
                  result[0] += -0.0015143495353571864;
                }
              } else {
                result[0] += -0.0006986144750425934;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                  result[0] += -0.0015910104548514407;
                } else {
                  result[0] += -0.003110420037138851;
                }
              } else {
                result[0] += -0.0015910104548514407;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
          result[0] += -0.0005273216596666253;
        } else {
          result[0] += -0.0009711205456908181;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
          result[0] += -0.0009711205456908181;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -0.0017458379785013267;
            } else {
              result[0] += -0.0036723119535254437;
            }
          } else {
            result[0] += -0.0012358044805009505;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                      result[0] += 0.00017071974630897358;
                    } else {
                      result[0] += -0.00021896067850298595;
                    }
                  } else {
                    result[0] += -0.00021896067850298595;
                  }
                } else {
                  result[0] += -0.0005273216596666253;
                }
              } else {
                result[0] += -0.0005273216596666253;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0014470590509172753;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                    result[0] += 0.0006165565054855834;
                  } else {
                    result[0] += 0.00017071974630897358;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    result[0] += 0.00021019324515354038;
                  } else {
                    result[0] += -0.00011661033474015177;
                  }
                } else {
                  result[0] += -0.00011661033474015177;
                }
              }
            }
          } else {
            result[0] += -0.0005273216596666253;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                      result[0] += 0.0002466368930444542;
                    } else {
                      result[0] += -4.603456791355504e-06;
                    }
                  } else {
                    result[0] += -0.00016294178792933947;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                      result[0] += 0.0004911454637036037;
                    } else {
                      result[0] += 0.0002466368930444542;
                    }
                  } else {
                    result[0] += -4.603456791355504e-06;
                  }
                }
              } else {
                result[0] += -0.00016294178792933947;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += 0.0004911454637036037;
              } else {
                result[0] += 0.0008358442940596833;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += -0.00035706585114477234;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
                  result[0] += -0.00016294178792933947;
                } else {
                  result[0] += -0.00035706585114477234;
                }
              }
            } else {
              result[0] += 0.00030823989412629544;
            }
          }
        }
      } else {
        result[0] += -0.0005273216596666253;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          result[0] += -0.00012515482042816325;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0014385894089039603;
            } else {
              result[0] += 0.0009408075632152465;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                  result[0] += 0.00030842014024824965;
                } else {
                  result[0] += 0.0004998825345479082;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  result[0] += 0.0005379499599227677;
                } else {
                  result[0] += 0.0007313396376202848;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0014385894089039603;
              } else {
                result[0] += 0.0008843434684811067;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0011507736393840105;
          } else {
            result[0] += -0.00012515482042816325;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 0.0001425254463676404;
              } else {
                result[0] += 0.0004990085753849719;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += -0.00012515482042816325;
              } else {
                result[0] += 0.00028692067674055267;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += 0.0003929492520212929;
                } else {
                  result[0] += 0.0006063011619178669;
                }
              } else {
                result[0] += 0.0008843434684811067;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  result[0] += 0.0002669390739383048;
                } else {
                  result[0] += -0.00012515482042816325;
                }
              } else {
                result[0] += 0.0004872368835844185;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0018502572398231673;
          } else {
            result[0] += -0.003207443466436269;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.001072082544405586;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0021385075566519064;
            } else {
              result[0] += -0.001072082544405586;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            result[0] += 0.00030842014024824965;
          } else {
            result[0] += -0.00014295703670743124;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += -0.0006451439045027977;
            } else {
              result[0] += -0.00014295703670743124;
            }
          } else {
            result[0] += -0.001072082544405586;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        result[0] += -0.0010458419236280365;
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.00013096588762822814;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
                          result[0] += 0.00013096588762822814;
                        } else {
                          result[0] += -0.0001848542012093165;
                        }
                      } else {
                        result[0] += 0.00013096588762822814;
                      }
                    } else {
                      result[0] += -0.0001848542012093165;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                      result[0] += -0.00046245864823744973;
                    } else {
                      result[0] += -0.0001848542012093165;
                    }
                  }
                } else {
                  result[0] += -0.00046245864823744973;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.0010458419236280365;
              } else {
                result[0] += -0.00046245864823744973;
              }
            }
          } else {
            result[0] += -0.0010458419236280365;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0007151429536187284;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)99.50000000000001421) ) ) {
                    result[0] += 0.000175684095108333;
                  } else {
                    result[0] += -0.0002733698693288205;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                        result[0] += 0.00034295767907958886;
                      } else {
                        result[0] += 0.000175684095108333;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                        result[0] += -0.0002733698693288205;
                      } else {
                        result[0] += 0.000175684095108333;
                      }
                    }
                  } else {
                    result[0] += 0.00034873753605351734;
                  }
                }
              }
            } else {
              result[0] += -0.0002733698693288205;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              result[0] += -0.0002733698693288205;
            } else {
              result[0] += -0.000923159582673362;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0014847312218074689;
            } else {
              result[0] += 0.00047350611227399935;
            }
          } else {
            result[0] += 0.00013096588762822814;
          }
        } else {
          result[0] += 0.0007151429536187284;
        }
      } else {
        result[0] += -0.0002733698693288205;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          result[0] += -5.080354054446694e-05;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += 0.001119603754247402;
              } else {
                result[0] += 0.001808960477194353;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += 0.0007407970555320142;
              } else {
                result[0] += 0.0011987165961295466;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.0003672845993859741;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += 0.000701848990977214;
                } else {
                  result[0] += 0.001084411038798954;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0004991161960720397;
                } else {
                  result[0] += 0.0006198827108734297;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0010588632776019856;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.00017851419037730055;
              } else {
                result[0] += 8.876515156088196e-05;
              }
            } else {
              result[0] += -0.0002583969687833954;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
                result[0] += 0.0003462397475529343;
              } else {
                result[0] += 8.92947576317661e-05;
              }
            } else {
              result[0] += 0.00037367369754626677;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              result[0] += 0.0004991161960720397;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                result[0] += 8.876515156088196e-05;
              } else {
                result[0] += 0.0004991161960720397;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0016619823158359349;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0025487824221535255;
            } else {
              result[0] += -0.003977833970047282;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            result[0] += -0.0009521718130030997;
          } else {
            result[0] += -0.0014752203655185754;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.00042309116091424905;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                result[0] += 0.0003672845993859741;
              } else {
                result[0] += -0.0002583969687833954;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
              result[0] += 0.0004991161960720397;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                result[0] += -0.0002583969687833954;
              } else {
                result[0] += 8.92947576317661e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.0006515448523085927;
            } else {
              result[0] += -0.0002583969687833954;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += -0.0007513858138773279;
            } else {
              result[0] += -0.0013041475684514954;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      result[0] += -0.001043525342627447;
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0007441960138964451;
                } else {
                  result[0] += 0.0002750175338561714;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)99.50000000000001421) ) ) {
                          result[0] += 0.0002750175338561714;
                        } else {
                          result[0] += -0.00016241108481431096;
                        }
                      } else {
                        result[0] += 0.0002750175338561714;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                        result[0] += -0.00042483683043608307;
                      } else {
                        result[0] += -0.00016241108481431096;
                      }
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                      result[0] += -0.00042483683043608307;
                    } else {
                      result[0] += -0.00016241108481431096;
                    }
                  }
                } else {
                  result[0] += -0.00042483683043608307;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += -0.001043525342627447;
              } else {
                result[0] += -0.00046404485906555474;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
              result[0] += 0.000822506851658688;
            } else {
              result[0] += 0.0002750175338561714;
            }
          }
        } else {
          result[0] += -0.001043525342627447;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += 0.000876448828393793;
                } else {
                  result[0] += 0.0016603895710757231;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                    result[0] += 0.000710978257909007;
                  } else {
                    result[0] += 0.00023291955318681065;
                  }
                } else {
                  result[0] += 0.0008024938736660513;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
                  result[0] += 0.00023291955318681065;
                } else {
                  result[0] += -0.00017556954738788522;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += 0.00023291955318681065;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                    result[0] += 0.0008024938736660513;
                  } else {
                    result[0] += 0.0005077983593247845;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0005139537987920664;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                      result[0] += -0.0002849931944350137;
                    } else {
                      result[0] += -2.4363094734480443e-05;
                    }
                  } else {
                    result[0] += -0.0002849931944350137;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                  result[0] += -0.00019260481646041975;
                } else {
                  result[0] += 5.4744577747137346e-05;
                }
              }
            } else {
              result[0] += 0.00022526993138019568;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                result[0] += -0.0005704310280161015;
              } else {
                result[0] += -0.001043525342627447;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.00045738994234835256;
              } else {
                result[0] += -0.0009061966431841515;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                  result[0] += 7.894775609724833e-06;
                } else {
                  result[0] += -0.0002849931944350137;
                }
              } else {
                result[0] += -0.00045738994234835256;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                result[0] += 0.0005077983593247845;
              } else {
                result[0] += 4.191543430510415e-06;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.50000000000001421) ) ) {
          result[0] += 0.0003382013587552264;
        } else {
          result[0] += -0.0006627470108117383;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0011945653147664216;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                  result[0] += 0.00047453187281117906;
                } else {
                  result[0] += 0.000617395501914546;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                  result[0] += 0.0011771413539068477;
                } else {
                  result[0] += 0.0007953738838290458;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                result[0] += 0.0003382013587552264;
              } else {
                result[0] += 0.00015626526597924248;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                  result[0] += 0.0005741776293127687;
                } else {
                  result[0] += 0.0003382013587552264;
                }
              } else {
                result[0] += 0.0007953738838290458;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            result[0] += -0.0006627470108117383;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
              result[0] += 0.0006098178853413831;
            } else {
              result[0] += 0.00011480406740312966;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
          result[0] += -0.0006627470108117383;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            result[0] += -0.0006627470108117383;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += -0.0024179186475230523;
            } else {
              result[0] += -0.0006627470108117383;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
          result[0] += -0.0003522132597289967;
        } else {
          result[0] += 0.00011480406740312966;
        }
      }
    }
  }
}

