
#include "header.h"

void predict_unit0(union Entry* data, double* result) {
  unsigned int tmp;
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                result[0] += 4.739883569269653;
              } else {
                result[0] += 4.704619955375999;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += 4.648526655477956;
              } else {
                result[0] += 4.704443958300348;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
              result[0] += 4.759537052003644;
            } else {
              result[0] += 4.734196570116385;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 4.603358051515711;
            } else {
              result[0] += 4.64673850073382;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
              result[0] += 4.704443958300348;
            } else {
              result[0] += 4.6728648831394635;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            result[0] += 4.769729818853923;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
              result[0] += 4.794232387687272;
            } else {
              result[0] += 4.7806365156699675;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            result[0] += 4.731969381911483;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
              result[0] += 4.765636469668463;
            } else {
              result[0] += 4.7498370430364645;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 4.521148295353029;
            } else {
              result[0] += 4.574186026800208;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
              result[0] += 4.641963578031576;
            } else {
              result[0] += 4.610486955205789;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 4.4341672002965;
            } else {
              result[0] += 4.499297459168134;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += 4.545436265042823;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                result[0] += 4.591438466159691;
              } else {
                result[0] += 4.562115227598898;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.684948355689143;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)269044.5000000000582) ) ) {
                result[0] += 4.732179883654005;
              } else {
                result[0] += 4.711067163003059;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 4.625370084041327;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
                result[0] += 4.68925720051254;
              } else {
                result[0] += 4.662763756457991;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)692469.5000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.556420839094406;
            } else {
              result[0] += 4.623134956444649;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += 4.447671863700777;
              } else {
                result[0] += 4.508057171336968;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
                result[0] += 4.583190973489312;
              } else {
                result[0] += 4.5467936327921405;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
            result[0] += 4.809577656037279;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 4.781779297443808;
            } else {
              result[0] += 4.794923601377367;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
            result[0] += 4.821446972653835;
          } else {
            result[0] += 4.8123082043980485;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 4.754715970395897;
            } else {
              result[0] += 4.774434309954307;
            }
          } else {
            result[0] += 4.7489102924076825;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
            result[0] += 4.80084552307163;
          } else {
            result[0] += 4.787323164076362;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.684895551309541;
            } else {
              result[0] += 4.719660048499106;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.639582020794607;
            } else {
              result[0] += 4.686129398565464;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.582243279083544;
            } else {
              result[0] += 4.641990442118709;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 4.506869913772963;
            } else {
              result[0] += 4.582462545289498;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 4.758319093269429;
            } else {
              result[0] += 4.775601503931135;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 4.735868973122341;
            } else {
              result[0] += 4.758383514441249;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 4.705513888613719;
            } else {
              result[0] += 4.735868973122341;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 4.669572998771609;
            } else {
              result[0] += 4.705628246997324;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0554908324493428;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
                result[0] += -0.0160241901230118;
              } else {
                result[0] += -0.03663323062849745;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.005634359403561762;
            } else {
              result[0] += -0.012764090027344048;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                result[0] += -0.0886187356616735;
              } else {
                result[0] += -0.1226777468633423;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
                result[0] += -0.06217822433444971;
              } else {
                result[0] += -0.0886187356616735;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
              result[0] += -0.03663323062849745;
            } else {
              result[0] += -0.05989480744130467;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += 0.010695569222628595;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.03486196966112326;
            } else {
              result[0] += 0.024236046041433163;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.0230173173857159;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
              result[0] += 0.010276137984626418;
            } else {
              result[0] += -0.0036677462482557505;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294199.0000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.15549090079222763;
            } else {
              result[0] += -0.1226777468633423;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
              result[0] += -0.08122328403970967;
            } else {
              result[0] += -0.10411997541778638;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            result[0] += -0.0462273600630112;
          } else {
            result[0] += -0.02119829735916369;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.202249117403922;
            } else {
              result[0] += -0.1689340964964513;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
              result[0] += -0.1253075649207686;
            } else {
              result[0] += -0.14744185491105943;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
            result[0] += -0.10431632140766676;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
                result[0] += -0.16155206826867077;
              } else {
                result[0] += -0.1941345548072748;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                result[0] += -0.12144739847284283;
              } else {
                result[0] += -0.14541125106249927;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
            result[0] += 0.048999512260101775;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.023424933863322145;
            } else {
              result[0] += 0.03599739164837857;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
            result[0] += 0.060771120432393244;
          } else {
            result[0] += 0.052321965356645087;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.0007361598750842088;
            } else {
              result[0] += 0.018617912489899968;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += -0.024378632379706534;
            } else {
              result[0] += -0.0008867196606817334;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
            result[0] += 0.04219685042699014;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 0.019883763590587845;
            } else {
              result[0] += 0.03307692918382187;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)692469.5000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.05022942906017263;
            } else {
              result[0] += -0.02428660735642937;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.07941102417840493;
            } else {
              result[0] += -0.049576040051627135;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += -0.11176439031746294;
            } else {
              result[0] += -0.07867593896215325;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.18994721879286885;
              } else {
                result[0] += -0.14830173584930495;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.10922972369077287;
              } else {
                result[0] += -0.14445564332782343;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)692469.5000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.003303051735534494;
            } else {
              result[0] += 0.019823792427666024;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.01522875958197202;
            } else {
              result[0] += 0.004868333131217943;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.033719626450500875;
            } else {
              result[0] += -0.012060445324547881;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.07383136583571097;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.033719626450500875;
              } else {
                result[0] += -0.056772107802260476;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              result[0] += -0.018432394487012987;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += -0.08186839734507911;
              } else {
                result[0] += -0.04656406741170425;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.0072706241995917735;
            } else {
              result[0] += -0.007557341425137743;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              result[0] += -0.057694880911435965;
            } else {
              result[0] += -0.08186839734507911;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
              result[0] += -0.02508998297349438;
            } else {
              result[0] += -0.044311242150081684;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
              result[0] += 0.01979834427117695;
            } else {
              result[0] += -0.010798219297703474;
            }
          } else {
            result[0] += 0.029257551331621376;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            result[0] += -0.010798219297703474;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
              result[0] += 0.013471528674983328;
            } else {
              result[0] += 0.001167466757203858;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)269044.5000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.1123045506061356;
            } else {
              result[0] += -0.08835276990010936;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
              result[0] += -0.061609310479025695;
            } else {
              result[0] += -0.07671984885162944;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
              result[0] += -0.122765510198454;
            } else {
              result[0] += -0.14555242407300845;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
              result[0] += -0.09609376005127547;
            } else {
              result[0] += -0.1097955978073698;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.05199977208574257;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                result[0] += -0.013104203865263335;
              } else {
                result[0] += -0.02891922819316774;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.08244357121608022;
            } else {
              result[0] += -0.04669259288977249;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.12882559178200023;
              } else {
                result[0] += -0.09466765039729412;
              }
            } else {
              result[0] += -0.070488370726782;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.14381850901075796;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                  result[0] += -0.11052134603560644;
                } else {
                  result[0] += -0.09381173759920709;
                }
              } else {
                result[0] += -0.12265965009756062;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            result[0] += 0.04751708773086937;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.023369002746068724;
            } else {
              result[0] += 0.036010237296778366;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
            result[0] += 0.05865125277009661;
          } else {
            result[0] += 0.050898936086862204;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294199.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.007548455121796862;
            } else {
              result[0] += 0.021245301229927932;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.015470405002902074;
            } else {
              result[0] += 0.0031181186362189573;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
            result[0] += 0.041577914473255324;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.022025145852348268;
            } else {
              result[0] += 0.03318384411212177;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.04801714744309728;
            } else {
              result[0] += -0.0198510732345426;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.07112462442988667;
            } else {
              result[0] += -0.0405956935983053;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.10086079348280537;
            } else {
              result[0] += -0.06626011154292201;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.1193901335827333;
            } else {
              result[0] += -0.093173296310914;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.008757220818710403;
            } else {
              result[0] += 0.021405954896200417;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.00922168474755286;
            } else {
              result[0] += 0.0066458506814934945;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.03629989926848255;
            } else {
              result[0] += -0.012176961067425208;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += -0.05372805813309365;
            } else {
              result[0] += -0.03193228271863526;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)157865.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)112.5000000000000142) ) ) {
              result[0] += -0.016292824190628316;
            } else {
              result[0] += -0.03854684844872474;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.004819656184734284;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                result[0] += -0.016292824190628316;
              } else {
                result[0] += -0.002717959112647179;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
              result[0] += -0.05275030720047;
            } else {
              result[0] += -0.0785425512632264;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              result[0] += -0.03854684844872474;
            } else {
              result[0] += -0.024609024318530737;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            result[0] += 0.014555006066074612;
          } else {
            result[0] += 0.028210127614650467;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
              result[0] += -0.004533615786150806;
            } else {
              result[0] += -0.027016252739074015;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
              result[0] += 0.013778401438389078;
            } else {
              result[0] += 0.0026014270553273624;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)269044.5000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.10194962958524097;
            } else {
              result[0] += -0.0785425512632264;
            }
          } else {
            result[0] += -0.056412081606418724;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.029544881614582037;
          } else {
            result[0] += -0.01142238910935814;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            result[0] += -0.1123944074959033;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.08651340995524809;
              } else {
                result[0] += -0.07373281661773977;
              }
            } else {
              result[0] += -0.09650567880667572;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            result[0] += -0.0642434595613704;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.12365354690050133;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                  result[0] += -0.08887556226723864;
                } else {
                  result[0] += -0.10560140545733875;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
                result[0] += -0.07145327663144566;
              } else {
                result[0] += -0.0869037844323346;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)157865.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 0.03747666868858814;
            } else {
              result[0] += 0.0474488342729771;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += 0.025930902974859272;
            } else {
              result[0] += 0.03626241570160509;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            result[0] += 0.05683115956273822;
          } else {
            result[0] += 0.049825130204080526;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)269044.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += 0.009466169850281472;
            } else {
              result[0] += 0.022043663665519655;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.01573960206282884;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                result[0] += 0.007926281473020413;
              } else {
                result[0] += -0.0022354027986107787;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.033241396579843256;
            } else {
              result[0] += 0.04280920974025201;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.021290859146240276;
            } else {
              result[0] += 0.03250338447820904;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
              result[0] += -0.029940665430626925;
            } else {
              result[0] += -0.047413130189266406;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
              result[0] += -0.011797429744220647;
            } else {
              result[0] += -0.0288848393127989;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.0659014647262988;
            } else {
              result[0] += -0.046063839146279234;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.09836373471363867;
              } else {
                result[0] += -0.07078058200137742;
              }
            } else {
              result[0] += -0.10088594715885146;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.007662320008834882;
            } else {
              result[0] += 0.020842176323527688;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.011085164607358838;
            } else {
              result[0] += 0.007015100569307209;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += -0.02555398556610008;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
                result[0] += -0.004557278673135697;
              } else {
                result[0] += -0.016665422814828468;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.06267257597344421;
            } else {
              result[0] += -0.035634802038986856;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
              result[0] += -0.009847212732969957;
            } else {
              result[0] += -0.04018355112268023;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.008399790678098016;
            } else {
              result[0] += -0.0018376978492149953;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.061113698207312675;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                result[0] += -0.030705874113247458;
              } else {
                result[0] += -0.045198085951053145;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
              result[0] += -0.01451174746001294;
            } else {
              result[0] += -0.027807147703006154;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
              result[0] += 0.01619018847523661;
            } else {
              result[0] += -0.025332421152870873;
            }
          } else {
            result[0] += 0.025943767586138474;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
              result[0] += -0.0034060336332785227;
            } else {
              result[0] += -0.025332421152870873;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
              result[0] += 0.013486446428777952;
            } else {
              result[0] += 0.004169185963942967;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            result[0] += -0.0691451626797666;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              result[0] += -0.051912019591401154;
            } else {
              result[0] += -0.040282308091549944;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            result[0] += -0.025332421152870873;
          } else {
            result[0] += -0.007334956944098917;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.10097360091847268;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
                result[0] += -0.07425037350725408;
              } else {
                result[0] += -0.08662009680627712;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
              result[0] += -0.05835693515681811;
            } else {
              result[0] += -0.07059187821223052;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            result[0] += -0.04986110746772798;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.09066025087127523;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                result[0] += -0.06429012790334762;
              } else {
                result[0] += -0.07606755376839913;
              }
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.037664228438958856;
            } else {
              result[0] += 0.046225784715616794;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.02241240385564748;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                result[0] += 0.037664228438958856;
              } else {
                result[0] += 0.030436889958654092;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            result[0] += 0.054685238579876595;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 0.042023794373896486;
            } else {
              result[0] += 0.04946837218805106;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.005831065428049527;
            } else {
              result[0] += 0.0205589928127395;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += -0.005485028849315582;
            } else {
              result[0] += 0.00788594907818176;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)269044.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += 0.03167730356728995;
            } else {
              result[0] += 0.0410386357577793;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.019963433213166435;
            } else {
              result[0] += 0.03132641708549348;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.03661560343549132;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
              result[0] += -0.010129803451420507;
            } else {
              result[0] += -0.024793364216327198;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.06767880893078534;
            } else {
              result[0] += -0.041941396302264095;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.06978837215347372;
              } else {
                result[0] += -0.09278244582646336;
              }
            } else {
              result[0] += -0.058289128732816456;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += 0.010042467320901128;
            } else {
              result[0] += 0.02133334587082371;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += -0.0015046333610860716;
            } else {
              result[0] += 0.010419987347896698;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += -0.024161399707368348;
            } else {
              result[0] += -0.007091843243588321;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                result[0] += -0.03349660051749834;
              } else {
                result[0] += -0.018555623569653033;
              }
            } else {
              result[0] += -0.041514009692166155;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            result[0] += -0.025912376070668916;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.008386446124490332;
              } else {
                result[0] += -0.0018261383271627948;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.015120894794308538;
              } else {
                result[0] += -0.0018261383271627948;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            result[0] += -0.04156434066184561;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.019887440874565294;
              } else {
                result[0] += -0.009732815995765788;
              }
            } else {
              result[0] += -0.02683565729036369;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)120.5000000000000142) ) ) {
            result[0] += 0.025341885644858536;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += -0.0019530698491788169;
            } else {
              result[0] += 0.01997630614467409;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.0019530698491788169;
          } else {
            result[0] += 0.011661193505565805;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0654062389720734;
            } else {
              result[0] += -0.046348601021803944;
            }
          } else {
            result[0] += -0.03491915085996104;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.07458654842560422;
            } else {
              result[0] += -0.06267926492299279;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
              result[0] += -0.04898681202885372;
            } else {
              result[0] += -0.058625494308080686;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
              result[0] += -0.03092076799621384;
            } else {
              result[0] += -0.048890482967096555;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
              result[0] += -0.005023299409245858;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                  result[0] += -0.022709328932055125;
                } else {
                  result[0] += -0.03614326321697061;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                  result[0] += -0.010935102460548726;
                } else {
                  result[0] += -0.022160793713880224;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.07874976392579436;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
                result[0] += -0.056712681430231573;
              } else {
                result[0] += -0.06966581630219357;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
              result[0] += -0.04032680268187488;
            } else {
              result[0] += -0.05649811718437228;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.03300550952436609;
            } else {
              result[0] += 0.04285577266310395;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.024494081396833373;
            } else {
              result[0] += 0.0336657860710147;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            result[0] += 0.05213818151719277;
          } else {
            result[0] += 0.045823292654059336;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += 0.011280915990678472;
            } else {
              result[0] += 0.021695310236443444;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.01006990141352402;
            } else {
              result[0] += 0.006778203950128291;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.03131731394441038;
            } else {
              result[0] += 0.03964175971526699;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += 0.0213629083772323;
            } else {
              result[0] += 0.030704596738538315;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += -0.0209808077589655;
            } else {
              result[0] += -0.006658608402341905;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.03392839551707097;
            } else {
              result[0] += -0.020052467075473264;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += -0.050843807769822724;
            } else {
              result[0] += -0.03687733319105401;
            }
          } else {
            result[0] += -0.06205259437710686;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += 0.011503486803136898;
            } else {
              result[0] += 0.02144060551647095;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.005896418584598475;
            } else {
              result[0] += 0.009437423430861123;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.012733026067182109;
            } else {
              result[0] += -0.001115940761152334;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += -0.03410494705849781;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.015643657467546958;
              } else {
                result[0] += -0.030303509788404483;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
              result[0] += -0.0022549266197179566;
            } else {
              result[0] += -0.011768452194757705;
            }
          } else {
            result[0] += 0.005079932358246338;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.044624406355968226;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                result[0] += -0.02056107512944383;
              } else {
                result[0] += -0.03033981103623161;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
              result[0] += -0.011768452194757705;
            } else {
              result[0] += -0.017672742759059484;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += 0.01450898767091685;
          } else {
            result[0] += 0.025622543431916358;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += -0.009689860926308084;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
              result[0] += 0.013792853281905375;
            } else {
              result[0] += 0.005037431501835293;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += -0.04553890001083544;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.03426172844738038;
              } else {
                result[0] += -0.025911200036251993;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.05015847635268066;
            } else {
              result[0] += -0.04004694810695256;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.035901176960581135;
            } else {
              result[0] += -0.01701128192991974;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              result[0] += 0.00046687986377073204;
            } else {
              result[0] += -0.009198593173394344;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.06780807102036046;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.06070670096476223;
            } else {
              result[0] += -0.05150626688992759;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.05151467592915879;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                result[0] += -0.01701128192991974;
              } else {
                result[0] += -0.025831048640427973;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
                result[0] += -0.04015947697325248;
              } else {
                result[0] += -0.05150626688992759;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)116.5000000000000142) ) ) {
              result[0] += 0.04082476683363523;
            } else {
              result[0] += 0.03183097137339653;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.02284644043360437;
            } else {
              result[0] += 0.03183097137339653;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            result[0] += 0.04957655432314545;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.03745306091173564;
            } else {
              result[0] += 0.044893637744556396;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.006960546092589251;
            } else {
              result[0] += 0.019282847270669565;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.0010226251446684928;
            } else {
              result[0] += 0.0096749432175698;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
            result[0] += 0.03608302800248988;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.018575824755811755;
            } else {
              result[0] += 0.029159226702724896;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.02503072781969509;
            } else {
              result[0] += -0.005349006236005215;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.04063059364334878;
              } else {
                result[0] += -0.02503072781969509;
              }
            } else {
              result[0] += -0.014624152043643396;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += -0.04063059364334878;
            } else {
              result[0] += -0.028299311258805845;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.06931190847130285;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.042782539583392544;
              } else {
                result[0] += -0.05592062434100564;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.007975651687787692;
            } else {
              result[0] += 0.01999776049612992;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              result[0] += 0.0017052989608957196;
            } else {
              result[0] += 0.01147266063602309;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.019967348071896845;
            } else {
              result[0] += -0.00333897317713289;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.03795152523591804;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.015335588163848538;
              } else {
                result[0] += -0.02895069192809521;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += -0.0015092493431496023;
            } else {
              result[0] += -0.01771148192515496;
            }
          } else {
            result[0] += -0.02939848108142365;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.008190489299848292;
              } else {
                result[0] += -4.11918455801965e-05;
              }
            } else {
              result[0] += -0.007788893439462815;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              result[0] += -0.01651129087349168;
            } else {
              result[0] += -0.008949642347553747;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
            result[0] += 0.02286526997707412;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += 0.0006653254378674207;
            } else {
              result[0] += 0.018228599594756003;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
              result[0] += 0.005068199070211062;
            } else {
              result[0] += -0.0052734589128299696;
            }
          } else {
            result[0] += 0.012363090458016094;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.044280148080477456;
            } else {
              result[0] += -0.032733603244430025;
            }
          } else {
            result[0] += -0.024557774690435297;
          }
        } else {
          result[0] += -0.0052734589128299696;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += -0.05036817237849738;
              } else {
                result[0] += -0.042075030815505544;
              }
            } else {
              result[0] += -0.05470653835917775;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294199.0000000000582) ) ) {
              result[0] += -0.03319748079695605;
            } else {
              result[0] += -0.040362212676553995;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            result[0] += -0.02939848108142365;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                result[0] += -0.04604412945005678;
              } else {
                result[0] += -0.056950095890131974;
              }
            } else {
              result[0] += -0.03825309199044033;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.0317006253300116;
            } else {
              result[0] += 0.039770677354678714;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.019121467608906192;
            } else {
              result[0] += 0.030021855228256622;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)120.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
              result[0] += 0.04865033755541848;
            } else {
              result[0] += 0.042978665531622724;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.026460108050218353;
            } else {
              result[0] += 0.03958942509203243;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += 0.01041651967234818;
            } else {
              result[0] += 0.01957316551322133;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.007687839973880769;
            } else {
              result[0] += 0.007049724740657049;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.026460108050218353;
            } else {
              result[0] += 0.035692019887716274;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += 0.020249266816450864;
            } else {
              result[0] += 0.028442529802380892;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.0285287705744124;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                result[0] += -0.009062260907073561;
              } else {
                result[0] += -0.01777733990619186;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
              result[0] += -0.0009592083205721733;
            } else {
              result[0] += -0.010706041304783441;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0408274758533905;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.029127736334264666;
              } else {
                result[0] += -0.021030645318915384;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.05284459559551204;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.03599151876947778;
              } else {
                result[0] += -0.04616241806806329;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += 0.0060773224187770924;
            } else {
              result[0] += 0.018520010350977792;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.003793806714840359;
            } else {
              result[0] += 0.009483546432576762;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += -0.009533756741762663;
            } else {
              result[0] += 0.00023173612146930195;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.021100282892260194;
              } else {
                result[0] += -0.035932622425687476;
              }
            } else {
              result[0] += -0.013111423016124875;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
            result[0] += -0.014942059163454247;
          } else {
            result[0] += -0.03578912929725873;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.0017006448530724892;
              } else {
                result[0] += 0.006084503391666019;
              }
            } else {
              result[0] += -0.011205012535043931;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += -0.014942059163454247;
            } else {
              result[0] += -0.011205012535043931;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)120.5000000000000142) ) ) {
            result[0] += 0.021949536524975926;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.009388456679105296;
            } else {
              result[0] += 0.012281056322449819;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.009388456679105296;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                result[0] += 0.007237309905858358;
              } else {
                result[0] += -0.002383318062854698;
              }
            } else {
              result[0] += 0.012281056322449819;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.04866129776670188;
            } else {
              result[0] += -0.03578912929725873;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
              result[0] += -0.02461466673136744;
            } else {
              result[0] += -0.03110273348672444;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.026429389643042936;
            } else {
              result[0] += -0.011600746202980537;
            }
          } else {
            result[0] += -0.002383318062854698;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.05254025057530384;
          } else {
            result[0] += -0.03979351550067136;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.03793265821729713;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                result[0] += -0.011600746202980537;
              } else {
                result[0] += -0.020326618116664582;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
                result[0] += -0.030717964538210237;
              } else {
                result[0] += -0.03862382931081891;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)91.50000000000001421) ) ) {
              result[0] += 0.03692200895624259;
            } else {
              result[0] += 0.029563469550988777;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += 0.021381484756780384;
            } else {
              result[0] += 0.029563469550988777;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              result[0] += 0.04640284074381437;
            } else {
              result[0] += 0.041071906924464704;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.02477665258342951;
            } else {
              result[0] += 0.03683825309688274;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += 0.0046335998388689565;
            } else {
              result[0] += 0.01793128786464629;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += 0.0011657647619919586;
            } else {
              result[0] += 0.010228809311908664;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.02477665258342951;
            } else {
              result[0] += 0.0342720665721334;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.01688743073876307;
            } else {
              result[0] += 0.02694305057009403;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.025679907117190023;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                result[0] += -0.007305204845520757;
              } else {
                result[0] += -0.01582871544117907;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              result[0] += 0.00026989389043095147;
            } else {
              result[0] += -0.009259637360404438;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.03806458056662379;
            } else {
              result[0] += -0.02130427485380311;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.05417049881759039;
              } else {
                result[0] += -0.03806458056662379;
              }
            } else {
              result[0] += -0.028696931121548898;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              result[0] += 0.012033132619310445;
            } else {
              result[0] += 0.020163372850749782;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.0040286315598164445;
            } else {
              result[0] += 0.012311585511562055;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.014353181720095413;
            } else {
              result[0] += -0.0012384857455522134;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.03287071995016131;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.014353181720095413;
              } else {
                result[0] += -0.023008756475900286;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)120.5000000000000142) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.0025034724893732286;
              } else {
                result[0] += -0.008297732755422053;
              }
            } else {
              result[0] += -0.015832520834752832;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.00589191473599814;
            } else {
              result[0] += -0.0013411162770756283;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              result[0] += -0.018668899268945834;
            } else {
              result[0] += -0.02752521436329014;
            }
          } else {
            result[0] += -0.011234882943172092;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
              result[0] += 0.00967211287371967;
            } else {
              result[0] += -0.0024648437601805444;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.023484467555489948;
              } else {
                result[0] += 0.01589385680070969;
              }
            } else {
              result[0] += 0.007334730312103433;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.01705263501134397;
            } else {
              result[0] += -0.0024648437601805444;
            }
          } else {
            result[0] += 0.007218013383704868;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            result[0] += -0.02752521436329014;
          } else {
            result[0] += -0.020490437364994663;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
              result[0] += -0.03328533022668186;
            } else {
              result[0] += -0.04030433308478547;
            }
          } else {
            result[0] += -0.027578521527623686;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.026574410824716732;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                result[0] += -0.011921421061321567;
              } else {
                result[0] += -0.02137311668802669;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
              result[0] += -0.0033758127456684967;
            } else {
              result[0] += -0.01138281340795376;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.04120301851993366;
            } else {
              result[0] += -0.03287951243235045;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
              result[0] += -0.019037674434653075;
            } else {
              result[0] += -0.029446638066179365;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.026486556796840567;
            } else {
              result[0] += 0.03532933640918599;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.01855608725365233;
            } else {
              result[0] += 0.02770205807882194;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)99.50000000000001421) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.04452121478215039;
            } else {
              result[0] += 0.039505810868584394;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.02559508805398385;
            } else {
              result[0] += 0.03652261996021788;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              result[0] += 0.011707851370782351;
            } else {
              result[0] += 0.01965030983003499;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += 0.003135390443304581;
            } else {
              result[0] += 0.011330557958144973;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.02559508805398385;
            } else {
              result[0] += 0.033031104349683094;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.01848329937380495;
            } else {
              result[0] += 0.026230550439519384;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.019886896619746783;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                result[0] += -0.005085244505315844;
              } else {
                result[0] += -0.013228046002365221;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
              result[0] += 0.0018745708900848885;
            } else {
              result[0] += -0.0070788484859004635;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += 0.011695965282153775;
            } else {
              result[0] += 0.019338371540562456;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0037082267319385694;
            } else {
              result[0] += 0.00960571457698869;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              result[0] += -0.0248424150948163;
            } else {
              result[0] += -0.016574745896497056;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.028318134524016266;
            } else {
              result[0] += -0.037807162306604775;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.01833624733864272;
              } else {
                result[0] += -0.007087323558441664;
              }
            } else {
              result[0] += -0.000235761666238413;
            }
          } else {
            result[0] += -0.01833624733864272;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += -0.0023700612137033143;
            } else {
              result[0] += -0.014288606677689584;
            }
          } else {
            result[0] += -0.026800610400154995;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              result[0] += 0.003940421822358064;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.010607518692732874;
              } else {
                result[0] += 0.0009344838691231879;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                result[0] += -0.010607518692732874;
              } else {
                result[0] += -0.019253417137763754;
              }
            } else {
              result[0] += -0.006381400677018594;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
              result[0] += 0.015824896383644708;
            } else {
              result[0] += 0.0059806525427861645;
            }
          } else {
            result[0] += -0.002664591814575213;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            result[0] += 0.020494760692014693;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
              result[0] += 0.013391631193866958;
            } else {
              result[0] += 0.007038699815040971;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.026800610400154995;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += -0.019253417137763754;
            } else {
              result[0] += -0.013542023733676327;
            }
          }
        } else {
          result[0] += -0.002664591814575213;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.03691331332103882;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
                result[0] += -0.026829539893697435;
              } else {
                result[0] += -0.03212335817945667;
              }
            }
          } else {
            result[0] += -0.0230312340828244;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            result[0] += -0.01878201596311814;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
                result[0] += -0.029320964207692014;
              } else {
                result[0] += -0.03699654867073717;
              }
            } else {
              result[0] += -0.023621389781099945;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
              result[0] += 0.033553777117698004;
            } else {
              result[0] += 0.025297627001624724;
            }
          } else {
            result[0] += 0.025297627001624724;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
              result[0] += 0.04131517522308222;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += 0.03163834201973181;
              } else {
                result[0] += 0.03780421948297166;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.023600865103746288;
            } else {
              result[0] += 0.034083067907244906;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += 0.00985605890881131;
            } else {
              result[0] += 0.017299498638920763;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.00681375011423699;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                result[0] += 0.004946308930443504;
              } else {
                result[0] += 0.010563377722359437;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.014527614154956951;
            } else {
              result[0] += 0.022618734178306996;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
              result[0] += 0.03080872266361458;
            } else {
              result[0] += 0.024587679577301527;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)692469.5000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.020748213350536965;
            } else {
              result[0] += -0.010041810748384925;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += 0.0013330773866942573;
            } else {
              result[0] += -0.006333802298430398;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += 0.002913807164146529;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
              result[0] += 0.01661863743682687;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                result[0] += 0.0070672852316217534;
              } else {
                result[0] += 0.012268153262942996;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.02576566154916234;
            } else {
              result[0] += -0.015381311666117798;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.03973182049222391;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.02576566154916234;
                } else {
                  result[0] += -0.03433419349957575;
                }
              }
            } else {
              result[0] += -0.020874684999798568;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.016186176980804674;
              } else {
                result[0] += -0.006193060699367807;
              }
            } else {
              result[0] += -0.00011607970261408537;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              result[0] += -0.020835882655361737;
            } else {
              result[0] += -0.011402590292685984;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)112.5000000000000142) ) ) {
            result[0] += -0.010273515223166411;
          } else {
            result[0] += -0.025569386047151383;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
              result[0] += 0.004653326168177147;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                result[0] += -0.006928388974876108;
              } else {
                result[0] += 0.0034021410789105908;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                result[0] += -0.006928388974876108;
              } else {
                result[0] += -0.013969993004210216;
              }
            } else {
              result[0] += -0.002376958240074031;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
            result[0] += 0.002895153071289768;
          } else {
            result[0] += -0.012335368169590586;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            result[0] += 0.017588886378923776;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
                result[0] += 0.006989534709674629;
              } else {
                result[0] += -0.004711038111850224;
              }
            } else {
              result[0] += 0.011410817802206452;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.025569386047151383;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += -0.015951632208812454;
              } else {
                result[0] += -0.01042377818934357;
              }
            } else {
              result[0] += -0.020944840701099372;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.018155956624714698;
            } else {
              result[0] += -0.009168874851790963;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += -0.004711038111850224;
            } else {
              result[0] += 0.0009570687112412315;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.03407714280693896;
          } else {
            result[0] += -0.025569386047151383;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.02459885018689968;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
              result[0] += -0.018191373118112173;
            } else {
              result[0] += -0.02397523370480553;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.030554674459278525;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += 0.015511207108423415;
              } else {
                result[0] += 0.025034718696173942;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += 0.0004712974748295807;
            } else {
              result[0] += 0.01893218172331933;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.03127976514175533;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.04039051696886303;
              } else {
                result[0] += 0.035974670887796364;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              result[0] += 0.02374526820249853;
            } else {
              result[0] += 0.03176004714753527;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += 0.0004712974748295807;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
              result[0] += 0.016346127111731338;
            } else {
              result[0] += 0.00901337287453109;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              result[0] += 0.02374526820249853;
            } else {
              result[0] += 0.017117629750222834;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
              result[0] += 0.02810489514763145;
            } else {
              result[0] += 0.023771381756592363;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += -0.003941045591188165;
            } else {
              result[0] += -0.010550714554475845;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += 0.0032966961616105635;
            } else {
              result[0] += -0.0034419215807978618;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0008373729909461097;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
                result[0] += 0.012722148406667844;
              } else {
                result[0] += 0.006026170924515282;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += 0.017916407095140276;
            } else {
              result[0] += 0.011489135985287178;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.024664097550978814;
            } else {
              result[0] += -0.012717851977008133;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.02900726429285094;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                result[0] += -0.01857376183642808;
              } else {
                result[0] += -0.024420193354526984;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.015410899658171294;
              } else {
                result[0] += -0.005222215430883948;
              }
            } else {
              result[0] += 0.0006784210718296921;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.020648474711402555;
            } else {
              result[0] += -0.010807522209732755;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.0017185175354995468;
            } else {
              result[0] += -0.007616278929976292;
            }
          } else {
            result[0] += -0.014674597342516485;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.005498211302510252;
            } else {
              result[0] += -0.00011607306124286771;
            }
          } else {
            result[0] += -0.005320109600408757;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
            result[0] += 0.004733895896504577;
          } else {
            result[0] += -0.0061347351392513905;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
              result[0] += 0.017690498502381673;
            } else {
              result[0] += 0.005288607363713757;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
              result[0] += 0.009603652340240276;
            } else {
              result[0] += 0.0018567712668073153;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.024705258463009652;
            } else {
              result[0] += -0.016331745518490096;
            }
          } else {
            result[0] += -0.011415765530163857;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.011726893974452098;
            } else {
              result[0] += -0.004037693076158866;
            }
          } else {
            result[0] += 0.0016900671859448335;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            result[0] += -0.024705258463009652;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
              result[0] += -0.01891249632540017;
            } else {
              result[0] += -0.024705258463009652;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            result[0] += -0.014674597342516485;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                result[0] += -0.023049229766991995;
              } else {
                result[0] += -0.03167268843370737;
              }
            } else {
              result[0] += -0.01835381530635632;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)116.5000000000000142) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.024322575427308014;
              } else {
                result[0] += 0.017786505713260306;
              }
            } else {
              result[0] += 0.009358086255868725;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
              result[0] += 0.02823117853617384;
            } else {
              result[0] += 0.0212739371363115;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += 0.028690398181928367;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                result[0] += 0.037576891679806886;
              } else {
                result[0] += 0.033047698608244414;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += 0.013959498752889949;
            } else {
              result[0] += 0.02740168634583863;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.003606786512061113;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
                result[0] += 0.009358086255868725;
              } else {
                result[0] += 0.003688636336704187;
              }
            }
          } else {
            result[0] += 0.012633015822452302;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += 0.013959498752889949;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
                result[0] += 0.02793278016163768;
              } else {
                result[0] += 0.022097442605876476;
              }
            } else {
              result[0] += 0.020974355926931358;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)730222.5000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.007432845039486343;
            } else {
              result[0] += 3.567953332951847e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += -0.017526875032794875;
            } else {
              result[0] += -0.007855407654324255;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.010492752949663765;
            } else {
              result[0] += 0.016524250210289356;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.0003569169558655643;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                result[0] += 0.010134578797626139;
              } else {
                result[0] += 0.00555661623071725;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.02842260132616828;
              } else {
                result[0] += -0.017526875032794875;
              }
            } else {
              result[0] += -0.011093824879797739;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.028664669060005095;
            } else {
              result[0] += -0.02037792394530044;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.007172132340700963;
            } else {
              result[0] += 0.0010709682770906844;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.024319371855322822;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.010338893169061555;
                } else {
                  result[0] += -0.018377681358586234;
                }
              }
            } else {
              result[0] += -0.005710547107845536;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
            result[0] += -0.009739990780353487;
          } else {
            result[0] += -0.022029650480131505;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.0064389455529885314;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                  result[0] += -0.0028984784317639383;
                } else {
                  result[0] += 0.002427096858240106;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                result[0] += -0.008568038448787426;
              } else {
                result[0] += -0.0008174991735874552;
              }
            }
          } else {
            result[0] += -0.008568038448787426;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
              result[0] += 0.010160784175049589;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.007027373581759902;
              } else {
                result[0] += 0.0015709862939719925;
              }
            }
          } else {
            result[0] += 0.014720133863875613;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.007027373581759902;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += 0.0015709862939719925;
            } else {
              result[0] += 0.0072848772790721356;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
            result[0] += -0.022029650480131505;
          } else {
            result[0] += -0.029504193459425267;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              result[0] += -0.016400306980202596;
            } else {
              result[0] += -0.02009427025361858;
            }
          } else {
            result[0] += -0.01304055289475576;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.018081480048716285;
            } else {
              result[0] += -0.007027373581759902;
            }
          } else {
            result[0] += -0.00036499061371948294;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.024980780593058378;
            } else {
              result[0] += -0.019004613827909318;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
              result[0] += -0.010799240426036145;
            } else {
              result[0] += -0.017730721771491077;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294199.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += 0.015233801781452644;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.028091260961297132;
              } else {
                result[0] += 0.02204905763381958;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              result[0] += 0.007591957072073531;
            } else {
              result[0] += 0.01858927725660491;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              result[0] += 0.014074271838937473;
            } else {
              result[0] += 0.007591957072073531;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0034925969254643004;
            } else {
              result[0] += 0.007302484511649414;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += 0.028686006407033872;
            } else {
              result[0] += 0.033894856980067764;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.01849271669753416;
            } else {
              result[0] += 0.02816089626555133;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
              result[0] += 0.020017871365988538;
            } else {
              result[0] += 0.014230633290966695;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
              result[0] += 0.025895898850209893;
            } else {
              result[0] += 0.02099008692185825;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
              result[0] += -0.0034925969254643004;
            } else {
              result[0] += -0.008359025086263096;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.004057173698771904;
            } else {
              result[0] += -0.0018152583278113852;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += 0.0008052248648437543;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.014230633290966695;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += 0.005995015899131447;
              } else {
                result[0] += 0.010644097187214492;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += -0.01324561919945633;
            } else {
              result[0] += -0.007195328176339883;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.017830125826936168;
              } else {
                result[0] += -0.025350829460388875;
              }
            } else {
              result[0] += -0.013391820152769763;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.008856705602088934;
              } else {
                result[0] += -0.0010599969524737061;
              }
            } else {
              result[0] += 0.0037853240002827405;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.010163966521364;
              } else {
                result[0] += -0.01814897202465648;
              }
            } else {
              result[0] += -0.005352276071661226;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)157865.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)99.50000000000001421) ) ) {
            result[0] += -0.008541384910573959;
          } else {
            result[0] += -0.01546830642426102;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.005734927866290112;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += -0.0028398976943109786;
                } else {
                  result[0] += 0.0019492869739905435;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += -0.008541384910573959;
              } else {
                result[0] += -0.0010610423749459507;
              }
            }
          } else {
            result[0] += -0.008541384910573959;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.0010632006861051432;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.01610459224636546;
              } else {
                result[0] += 0.010244908370625527;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.009658112168084872;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += 0.0016694451827068296;
              } else {
                result[0] += 0.010244908370625527;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.009658112168084872;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += 0.0006102026843493132;
            } else {
              result[0] += 0.005732532736074461;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.021651839863679745;
            } else {
              result[0] += -0.015617417472819582;
            }
          } else {
            result[0] += -0.012102870501475002;
          }
        } else {
          result[0] += -0.021651839863679745;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.015375958382107303;
            } else {
              result[0] += -0.007896613164783843;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += -0.004614153602245202;
            } else {
              result[0] += -0.00017634628765719418;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
              result[0] += -0.01696191886923303;
            } else {
              result[0] += -0.02275039825611877;
            }
          } else {
            result[0] += -0.012491483099874799;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)294199.0000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              result[0] += 0.018779414218641398;
            } else {
              result[0] += 0.02460618828832192;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0029040998297076293;
            } else {
              result[0] += 0.014925088491432249;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0029040998297076293;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                result[0] += 0.010949284658250912;
              } else {
                result[0] += 0.014925088491432249;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.0008717003906479473;
            } else {
              result[0] += 0.00769932128848223;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += 0.024410121749829684;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.0336894850533004;
              } else {
                result[0] += 0.02935630452731689;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += 0.012681081064982945;
            } else {
              result[0] += 0.023029426258175528;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += 0.012681081064982945;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
              result[0] += 0.022891615920110207;
            } else {
              result[0] += 0.01773245041767091;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            result[0] += -0.008367966130209433;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.0008717003906479473;
            } else {
              result[0] += -0.0032432865953452104;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0005922458594767869;
            } else {
              result[0] += 0.007541744840837707;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.014760301365603341;
            } else {
              result[0] += 0.009829778970438914;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.021667902346085698;
            } else {
              result[0] += -0.008884788864800491;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.026015176399174025;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.013636611117375533;
              } else {
                result[0] += -0.019427653702303156;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.007827805326043073;
              } else {
                result[0] += -0.0005749343884738081;
              }
            } else {
              result[0] += 0.003960285240807445;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.016625977504058684;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.005699190292026389;
              } else {
                result[0] += -0.011857903408394228;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)112.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.0008189263938503023;
            } else {
              result[0] += -0.005620959077859429;
            }
          } else {
            result[0] += -0.009279033359266673;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            result[0] += 0.003877307278247144;
          } else {
            result[0] += -0.0018711688089391408;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.0098701325277931;
            } else {
              result[0] += 0.015791296176158594;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += 0.003807255239662733;
            } else {
              result[0] += 0.009323646492718107;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
            result[0] += -0.0004595423684910478;
          } else {
            result[0] += 0.006538337160128327;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
              result[0] += -0.010385896367611853;
            } else {
              result[0] += -0.014321454478183405;
            }
          } else {
            result[0] += -0.006615156037857306;
          }
        } else {
          result[0] += -0.0004595423684910478;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              result[0] += -0.014321454478183405;
            } else {
              result[0] += -0.010871027193311794;
            }
          } else {
            result[0] += -0.01695497863281686;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            result[0] += -0.009279033359266673;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.023977109926198226;
              } else {
                result[0] += -0.01619725359731645;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                result[0] += -0.010852453233605718;
              } else {
                result[0] += -0.015667944441621763;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
              result[0] += 0.01633883072620315;
            } else {
              result[0] += 0.005430550539528652;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.024739886455859502;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                result[0] += 0.020162226916226326;
              } else {
                result[0] += 0.014457907518949323;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)176.5000000000000284) ) ) {
              result[0] += 0.005430550539528652;
            } else {
              result[0] += -0.0028831616135996706;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)157865.0000000000291) ) ) {
              result[0] += 0.014457907518949323;
            } else {
              result[0] += 0.008478539850825187;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += 0.026035220076505546;
            } else {
              result[0] += 0.03055206311840705;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.017385064853415438;
            } else {
              result[0] += 0.025422774586954824;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += 0.017385064853415438;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)87.50000000000001421) ) ) {
                result[0] += 0.024848985722875878;
              } else {
                result[0] += 0.020585024559183443;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.004547204800264112;
              } else {
                result[0] += 0.013805999761515178;
              }
            } else {
              result[0] += 0.01861025183401647;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.010772259691147205;
            } else {
              result[0] += -0.0037964100057285123;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.0028460565932778774;
            } else {
              result[0] += -0.0017937683088430291;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0007673247390460496;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)446334.5000000000582) ) ) {
                result[0] += 0.0085015103513184;
              } else {
                result[0] += 0.0036411444716573267;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.012818094629489846;
            } else {
              result[0] += 0.0085015103513184;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.020855306425238297;
              } else {
                result[0] += -0.010772259691147205;
              }
            } else {
              result[0] += -0.005618668695160372;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.025036939458891405;
              } else {
                result[0] += -0.014388394750323953;
              }
            } else {
              result[0] += -0.009931596168614892;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += -0.0007673247390460496;
            } else {
              result[0] += 0.004495460299438878;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.01653386353550002;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.00629200297233299;
                } else {
                  result[0] += -0.01273641747099007;
                }
              }
            } else {
              result[0] += -0.002505138275753619;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.008108122236664777;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.005354651886549327;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += -0.0023728886522089735;
              } else {
                result[0] += 0.0014762229949886454;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.012737329680099716;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += -0.008108122236664777;
            } else {
              result[0] += -0.00018977548118060596;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
            result[0] += 0.00541725216276082;
          } else {
            result[0] += -0.00020934995261050443;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            result[0] += 0.013248572786191388;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              result[0] += 0.008409578997617722;
            } else {
              result[0] += 0.001955352560880748;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.012737329680099716;
          } else {
            result[0] += -0.008108122236664777;
          }
        } else {
          result[0] += -0.00020934995261050443;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
              result[0] += -0.013761585092640933;
            } else {
              result[0] += -0.018906281200938957;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              result[0] += -0.010517178241405871;
            } else {
              result[0] += -0.013276465320597173;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            result[0] += -0.008108122236664777;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.016940181663776328;
                } else {
                  result[0] += -0.012860046510666474;
                }
              } else {
                result[0] += -0.0092558913159625;
              }
            } else {
              result[0] += -0.019287286241896236;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)269044.5000000000582) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.008283966251714067;
              } else {
                result[0] += 0.01630574525380604;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.023653278032631224;
              } else {
                result[0] += 0.018687346326545572;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += 0.0058977218554086335;
            } else {
              result[0] += 0.015172019303234727;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.001313690156682562;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
              result[0] += 0.010441666097148118;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += 0.003512576754462572;
              } else {
                result[0] += 0.008364065722397607;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)116.5000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += 0.02094343388692721;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.029539899280425164;
              } else {
                result[0] += 0.025873948564788352;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += 0.01621265093998028;
            } else {
              result[0] += 0.023068108823729193;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += 0.011185426353669098;
              } else {
                result[0] += 0.01621265093998028;
              }
            } else {
              result[0] += 0.007909883233589328;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)79.50000000000001421) ) ) {
              result[0] += 0.021802208956173713;
            } else {
              result[0] += 0.017439350342182216;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)625158.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.011395752728183425;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
                result[0] += -0.001313690156682562;
              } else {
                result[0] += -0.004968874677734193;
              }
            }
          } else {
            result[0] += 0.0017024095468949952;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
              result[0] += 0.007909883233589328;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.002608681736619961;
              } else {
                result[0] += 0.00439440057386293;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
              result[0] += 0.013251525782481267;
            } else {
              result[0] += 0.008543736519518305;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += -0.011715411268159562;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += -0.00829379725635653;
              } else {
                result[0] += -0.004884518866173018;
              }
            }
          } else {
            result[0] += -0.013549487908423858;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.002608681736619961;
            } else {
              result[0] += 0.002786342026651892;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.016886318362642972;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.006216354874548281;
                } else {
                  result[0] += -0.01175121776060301;
                }
              }
            } else {
              result[0] += -0.002786258061421925;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)90707.50000000001455) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.018111717177304112;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.002042006466307496;
              } else {
                result[0] += -0.0055965945963974825;
              }
            } else {
              result[0] += -0.009734959159774558;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.003233304733347095;
            } else {
              result[0] += -0.0010523809073910084;
            }
          } else {
            result[0] += -0.0045400271012711;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.002518747937274822;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.012391583698596928;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                result[0] += 0.004761079288222225;
              } else {
                result[0] += 0.008954271744090397;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            result[0] += -0.009734959159774558;
          } else {
            result[0] += 0.0034790049882514797;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
            result[0] += -0.018111717177304112;
          } else {
            result[0] += -0.025411446136259248;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            result[0] += -0.009734959159774558;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.01661002469073284;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                result[0] += -0.010937643787234155;
              } else {
                result[0] += -0.014653254179942135;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
            result[0] += -0.00469511474613468;
          } else {
            result[0] += -0.009734959159774558;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            result[0] += -0.0026621271046173285;
          } else {
            result[0] += -0.009734959159774558;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
              result[0] += 0.020804718100186338;
            } else {
              result[0] += 0.010555261942630588;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
                result[0] += 0.008499491590039964;
              } else {
                result[0] += 0.001079323752299548;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                  result[0] += 0.01775368627510231;
                } else {
                  result[0] += 0.01380926021091056;
                }
              } else {
                result[0] += 0.010555261942630588;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
              result[0] += 0.026140052525197566;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += 0.015319446169731446;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  result[0] += 0.02046269818920967;
                } else {
                  result[0] += 0.023598008785990467;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += 0.010211236249135081;
            } else {
              result[0] += 0.018535252822172665;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0059068841871984;
            } else {
              result[0] += 0.001079323752299548;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              result[0] += 0.004629595906090276;
            } else {
              result[0] += 0.007832463120876286;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)116.5000000000000142) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                result[0] += 0.015319446169731446;
              } else {
                result[0] += 0.012700997656310399;
              }
            } else {
              result[0] += 0.01750035662870879;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += 0.0002190182782379768;
              } else {
                result[0] += 0.008828493899799951;
              }
            } else {
              result[0] += 0.012700997656310399;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.009270107763244433;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
              result[0] += -0.0006886527386446683;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += -0.005974064863138031;
              } else {
                result[0] += -0.0024382208959679804;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -5.149163910366505e-05;
              } else {
                result[0] += 0.00619897444923259;
              }
            } else {
              result[0] += 0.009763515531505538;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.001225761674418204;
            } else {
              result[0] += 0.0038465051797092146;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.017355112311583903;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                result[0] += -0.010100720300370535;
              } else {
                result[0] += -0.006564640665958835;
              }
            } else {
              result[0] += -0.013902584504878605;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += -0.005394945013682569;
            } else {
              result[0] += -0.001003147682651784;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.02174676057263946;
            } else {
              result[0] += -0.00871494194645547;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167904.0000000000291) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.00017889866604381074;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.009867568782944957;
                } else {
                  result[0] += -0.004980085754876851;
                }
              }
            } else {
              result[0] += -0.009867568782944957;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
                  result[0] += 0.0013052330905632809;
                } else {
                  result[0] += -0.0035941167217745772;
                }
              } else {
                result[0] += 0.003957018551563897;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += -0.004737855226521358;
              } else {
                result[0] += -0.0015670424554743295;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                result[0] += 0.007694021526191565;
              } else {
                result[0] += 0.0009425166371116857;
              }
            } else {
              result[0] += -0.0033473564476738495;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                  result[0] += 0.012798962066102017;
                } else {
                  result[0] += 0.007694021526191565;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                  result[0] += -0.0001530511174985703;
                } else {
                  result[0] += 0.0075484425331978945;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                result[0] += 0.0034802816537255563;
              } else {
                result[0] += -0.0001530511174985703;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)75.50000000000001421) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += 0.015020566165287906;
            } else {
              result[0] += 0.019550716690182924;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += 0.010450798853786043;
            } else {
              result[0] += 0.014168418636911595;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
              result[0] += 0.005529443050424759;
            } else {
              result[0] += 0.0009189877696864786;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
              result[0] += 0.01395018335707287;
            } else {
              result[0] += 0.008843604440020497;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.013208398342809211;
            } else {
              result[0] += -0.009867568782944957;
            }
          } else {
            result[0] += -0.013208398342809211;
          }
        } else {
          result[0] += -0.007368774970404297;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0033473564476738495;
          } else {
            result[0] += 0.0009189877696864786;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.01631929645422402;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                  result[0] += -0.010697357826480182;
                } else {
                  result[0] += -0.015825005371030546;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
                  result[0] += -0.00677884559900428;
                } else {
                  result[0] += -0.011019525896769427;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.008476988191922174;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                result[0] += -0.0024414083915674633;
              } else {
                result[0] += -0.006571609862619667;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)157865.0000000000291) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)49.50000000000000711) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += 0.020943052936241907;
            } else {
              result[0] += 0.025203069269563668;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += 0.01771866921195744;
            } else {
              result[0] += 0.021473955914812205;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
              result[0] += 0.013064653410050395;
            } else {
              result[0] += 0.00598812613635041;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                result[0] += 0.020943052936241907;
              } else {
                result[0] += 0.01771866921195744;
              }
            } else {
              result[0] += 0.013233147038609661;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
          result[0] += 0.00598812613635041;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += 0.012138239751841614;
            } else {
              result[0] += 0.015256952320253397;
            }
          } else {
            result[0] += 0.009233939779712135;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.004658831104510375;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
              result[0] += 0.004942044408895456;
            } else {
              result[0] += 0.0009600792357931442;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
            result[0] += 0.008583495287517158;
          } else {
            result[0] += 0.004695613130444941;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            result[0] += -0.008555307443608376;
          } else {
            result[0] += -0.019127743750186443;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              result[0] += -0.003246579676949387;
            } else {
              result[0] += 0.0003556934858106912;
            }
          } else {
            result[0] += -0.006398784806082971;
          }
        }
      }
    }
  }
}

