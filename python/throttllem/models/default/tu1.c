
#include "header.h"

void predict_unit1(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)78.00000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                result[0] += 0.0016204261708594883;
              } else {
                result[0] += -0.0029116821187613337;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.007028392634079281;
              } else {
                result[0] += -0.0029116821187613337;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.0037637187656048843;
            } else {
              result[0] += 0.00040902036982004846;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.005067788378544529;
            } else {
              result[0] += 3.24148025241661e-05;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
                result[0] += 0.007869075635596034;
              } else {
                result[0] += 0.00369696226981279;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.0016842971240989383;
              } else {
                result[0] += 0.00369696226981279;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.007028392634079281;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.01010426153429871;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                result[0] += -0.001611731593925677;
              } else {
                result[0] += -0.004359817232668087;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += -0.000552970230204554;
              } else {
                result[0] += 0.0023097656402862048;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += -0.003973779488959748;
              } else {
                result[0] += -0.0005821284354719179;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                result[0] += 0.00986622141787373;
              } else {
                result[0] += 0.005839880304577081;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0021979325718887734;
              } else {
                result[0] += 0.005839880304577081;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.011130860472566678;
            } else {
              result[0] += 0.0082750468209547;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += -0.0005531592884824581;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += 0.0042513369308151555;
            } else {
              result[0] += 0.006431566761320668;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.011674747877119883;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.005796551636217814;
              } else {
                result[0] += 0.009304177123010857;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0016158466844088358;
            } else {
              result[0] += 0.00679400488535539;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            result[0] += 0.013556936039046544;
          } else {
            result[0] += 0.010721190797779435;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
              result[0] += -0.022441836653320047;
            } else {
              result[0] += -0.032543672982829445;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
              result[0] += -0.012376646582302395;
            } else {
              result[0] += -0.0194082050835286;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += -0.043988354378011275;
            } else {
              result[0] += -0.057461709676748386;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
              result[0] += -0.025972728175237516;
            } else {
              result[0] += -0.03547741851136576;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)322866.0000000000582) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.01010426153429871;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                result[0] += -0.0026098751636582478;
              } else {
                result[0] += -0.007834547619979728;
              }
            }
          } else {
            result[0] += 0.0016158466844088358;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.015833402364810453;
            } else {
              result[0] += -0.027441821719601685;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.010731300534119305;
              } else {
                result[0] += -0.007789591753825662;
              }
            } else {
              result[0] += -0.016523377984690776;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.008394804331856416;
          } else {
            result[0] += -0.004359817232668087;
          }
        } else {
          result[0] += 0.0042513369308151555;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.010068475980879324;
            } else {
              result[0] += -0.00547445221958269;
            }
          } else {
            result[0] += -0.01010426153429871;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
              result[0] += -0.0004775413776531745;
            } else {
              result[0] += -0.0034275232446858827;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.006275647131397284;
            } else {
              result[0] += -0.010431135751263438;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              result[0] += 0.0007832003847620438;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.010288073121400914;
                } else {
                  result[0] += -0.004391046973673761;
                }
              } else {
                result[0] += -0.002152252204673384;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.010288073121400914;
            } else {
              result[0] += -0.005144126582463521;
            }
          }
        } else {
          result[0] += -0.010288073121400914;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += 0.0007832003847620438;
              } else {
                result[0] += 0.0038033846728475237;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                  result[0] += -0.0032605391376988447;
                } else {
                  result[0] += -0.0074066670696366875;
                }
              } else {
                result[0] += -0.0006056725263549993;
              }
            }
          } else {
            result[0] += -0.0074066670696366875;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                result[0] += 0.003207046505339343;
              } else {
                result[0] += 6.404293747736931e-05;
              }
            } else {
              result[0] += -0.001435027767727772;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              result[0] += 0.005898999656239454;
            } else {
              result[0] += 0.0023489746331751167;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.007925981915086248;
              } else {
                result[0] += 0.004619576624977094;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.004282430178841922;
              } else {
                result[0] += 0.0026703611142193384;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              result[0] += 0.009069518206232259;
            } else {
              result[0] += 0.006395370631944595;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.010288073121400914;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += -0.0012891149715948806;
            } else {
              result[0] += 0.004689613333458529;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.00527961687775525;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                result[0] += 0.01006363841047988;
              } else {
                result[0] += 0.007939396026579802;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              result[0] += 0.011958836280504216;
            } else {
              result[0] += 0.009835844924087062;
            }
          }
        } else {
          result[0] += 0.0044843414466929415;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.015015049265324232;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                  result[0] += -0.010288073121400914;
                } else {
                  result[0] += -0.015015049265324232;
                }
              }
            } else {
              result[0] += -0.005965772317869322;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.007532580476727122;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += -0.002307298882173036;
              } else {
                result[0] += -0.0003429885324444475;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.015015049265324232;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.015524663328704297;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                  result[0] += -0.010288073121400914;
                } else {
                  result[0] += -0.013582952662881934;
                }
              }
            } else {
              result[0] += -0.008450331232017777;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0074066670696366875;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0028053686271874295;
          } else {
            result[0] += -0.0003429885324444475;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0027959586152384312;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
                result[0] += 0.006053202104143661;
              } else {
                result[0] += 0.0022785982735906247;
              }
            }
          } else {
            result[0] += -0.007161174678146528;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += 0.006949970923596168;
            } else {
              result[0] += 0.009683733055769528;
            }
          } else {
            result[0] += 0.0030463979329322798;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.009011497588534935;
            } else {
              result[0] += -0.003394531078789403;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.01432769147358177;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.007161174678146528;
              } else {
                result[0] += -0.011707031068972229;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
              result[0] += 0.0039851482845706795;
            } else {
              result[0] += 0.0006641922382377332;
            }
          } else {
            result[0] += -0.003394531078789403;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
              result[0] += -0.00013531334181955524;
            } else {
              result[0] += -0.001851165170481526;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.007181083446928535;
              } else {
                result[0] += -0.0029988159786809385;
              }
            } else {
              result[0] += -0.007181083446928535;
            }
          }
        } else {
          result[0] += -0.007181083446928535;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                  result[0] += 0.0006469023914258242;
                } else {
                  result[0] += -0.0016149077088574082;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                  result[0] += 0.00384746443893161;
                } else {
                  result[0] += 0.0015877388093348797;
                }
              }
            } else {
              result[0] += -0.0016149077088574082;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.005491745067553163;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0009354726885550211;
              } else {
                result[0] += 0.0034480111572926676;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.0029988159786809385;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
                result[0] += -0.0011947834914951584;
              } else {
                result[0] += -0.003971611303775951;
              }
            } else {
              result[0] += 0.0019050050111684214;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += 0.005092122634339556;
            } else {
              result[0] += 0.008017211069307272;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0008262893217007993;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  result[0] += 0.004649525154664258;
                } else {
                  result[0] += 0.0028691025826677753;
                }
              }
            } else {
              result[0] += 0.005955489985872333;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.00725666763011525;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                  result[0] += 0.0021714429934153834;
                } else {
                  result[0] += -0.0017267615830774742;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.008502622634185176;
              } else {
                result[0] += -0.005461766348583856;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                  result[0] += 0.004649525154664258;
                } else {
                  result[0] += 0.0015822333886261987;
                }
              } else {
                result[0] += -0.002126867549241076;
              }
            } else {
              result[0] += 0.005307045149039562;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                  result[0] += 0.0105389140751766;
                } else {
                  result[0] += 0.007689673424767025;
                }
              } else {
                result[0] += 0.006249293061420447;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -4.400243405884005e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                  result[0] += 0.006249293061420447;
                } else {
                  result[0] += 0.003975050884724795;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
              result[0] += 0.0105389140751766;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.00777546660878916;
              } else {
                result[0] += 0.009262774522372362;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.006082720333511253;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82474.00000000001455) ) ) {
                result[0] += 0.003982953423461528;
              } else {
                result[0] += -0.001002576902288068;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
              result[0] += 0.008364889652033112;
            } else {
              result[0] += 0.004363647897017208;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.010455150718565301;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.008502622634185176;
              } else {
                result[0] += -0.00725666763011525;
              }
            } else {
              result[0] += -0.005472598796986362;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              result[0] += -0.012752131375939696;
            } else {
              result[0] += -0.018292750588277503;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.008502622634185176;
            } else {
              result[0] += -0.013282295144166657;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.009493380502134083;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.005283050066466673;
          } else {
            result[0] += -0.0030721632207524607;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.013548698176040883;
          } else {
            result[0] += -0.008978276547298818;
          }
        } else {
          result[0] += -0.004391959038943184;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
          result[0] += -0.001625500364739521;
        } else {
          result[0] += 0.001253800145878039;
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.003310155549097879;
            } else {
              result[0] += 0.005792234876003208;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.003918547479756922;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                result[0] += 0.0006025945739083416;
              } else {
                result[0] += 0.003249881687273818;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.007085766820611474;
            } else {
              result[0] += -0.003918547479756922;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                result[0] += -0.002058260903103032;
              } else {
                result[0] += 0.00023950047933249077;
              }
            } else {
              result[0] += 0.0006025945739083416;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          result[0] += -0.007085766820611474;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              result[0] += -0.003918547479756922;
            } else {
              result[0] += -0.006566353151269132;
            }
          } else {
            result[0] += -0.0012783948812086195;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0027017841963271534;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
                  result[0] += 0.008781873444850489;
                } else {
                  result[0] += 0.005368971480389916;
                }
              } else {
                result[0] += 0.004715833893303222;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.008781873444850489;
            } else {
              result[0] += 0.006416336552225125;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.004367590372010806;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                  result[0] += 0.0027017841963271534;
                } else {
                  result[0] += 0.0013090228404740046;
                }
              }
            } else {
              result[0] += -0.005276546048535573;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
              result[0] += 0.004438969477996629;
            } else {
              result[0] += 1.902228938768814e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
              result[0] += 0.011896321751297522;
            } else {
              result[0] += 0.008534789417077667;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
              result[0] += 0.0062584020657990335;
            } else {
              result[0] += 0.008439646839293961;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += 0.001160377641052382;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.0062584020657990335;
                } else {
                  result[0] += 0.005037014499030314;
                }
              } else {
                result[0] += 0.0015774695781401928;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += 0.008027621509165285;
              } else {
                result[0] += 0.004334138671340038;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.026271453800218184;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              result[0] += -0.013822703085822964;
            } else {
              result[0] += -0.021714478003838713;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.045109992890288275;
          } else {
            result[0] += -0.0318001481709228;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.01450468435848741;
            } else {
              result[0] += -0.008313925467873627;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
              result[0] += -0.003918547479756922;
            } else {
              result[0] += -0.0071445233867391995;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.02420412913238729;
            } else {
              result[0] += -0.015708911644287425;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -0.012567841405821456;
              } else {
                result[0] += -0.02118753413261476;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                result[0] += -0.004638323060101315;
              } else {
                result[0] += -0.010878017903252189;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
            result[0] += -0.003918547479756922;
          } else {
            result[0] += -0.00681574740377321;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.0013090228404740046;
          } else {
            result[0] += 0.005037014499030314;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.008423548225588983;
              } else {
                result[0] += -0.006752254932024629;
              }
            } else {
              result[0] += -0.005276546048535573;
            }
          } else {
            result[0] += -0.008423548225588983;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              result[0] += 0.0010624741499410254;
            } else {
              result[0] += -0.0012740017746670684;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              result[0] += -0.003973584244371427;
            } else {
              result[0] += -0.0071445233867391995;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            result[0] += -0.0025290761499097486;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
                result[0] += 0.004208127032915429;
              } else {
                result[0] += 0.00021880941968853375;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                result[0] += -0.0010411605834898478;
              } else {
                result[0] += 0.00021880941968853375;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0010135976802715936;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                  result[0] += 0.007730897136135697;
                } else {
                  result[0] += 0.0017939358046139752;
                }
              } else {
                result[0] += 0.0010560085782258825;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                result[0] += 0.008315843594264334;
              } else {
                result[0] += 0.004273433564147162;
              }
            } else {
              result[0] += 0.0028865323271583024;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.0025290761499097486;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0035073739964085757;
            } else {
              result[0] += -0.001912639062731811;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
                result[0] += 4.603408486658118e-05;
              } else {
                result[0] += -0.0010135976802715936;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)247952.0000000000291) ) ) {
                result[0] += 0.001715719621572136;
              } else {
                result[0] += -0.0007218615135874906;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += 0.0030321132990472122;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 0.006994548780078569;
                } else {
                  result[0] += 0.0047297222260604295;
                }
              } else {
                result[0] += 0.0047297222260604295;
              }
            }
          } else {
            result[0] += 0.006994548780078569;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0028167618448436803;
            } else {
              result[0] += 0.00200273642548123;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              result[0] += 0.00351777747364423;
            } else {
              result[0] += 0.005137790704690744;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.00839578381664615;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.002885472922394945;
              } else {
                result[0] += 0.005582754515933961;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0010135976802715936;
            } else {
              result[0] += 0.002633061018459564;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
              result[0] += 0.011235511716918173;
            } else {
              result[0] += 0.00839578381664615;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += 0.006817969017828216;
              } else {
                result[0] += 0.004966050848154366;
              }
            } else {
              result[0] += 0.007912177695987949;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.021975918042471638;
              } else {
                result[0] += -0.01377579416138339;
              }
            } else {
              result[0] += -0.02453013227774767;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
              result[0] += -0.004670450512673783;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                result[0] += -0.008914295699595376;
              } else {
                result[0] += -0.012288098613195894;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.043631543914794776;
            } else {
              result[0] += -0.030800721760928747;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                result[0] += -0.020699083785020368;
              } else {
                result[0] += -0.014962530649639223;
              }
            } else {
              result[0] += -0.02377816110270004;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
            result[0] += -0.0010135976802715936;
          } else {
            result[0] += -0.0035073739964085757;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.011117185455495358;
              } else {
                result[0] += -0.00734996515392669;
              }
            } else {
              result[0] += -0.004989784054073598;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.01687014506523588;
            } else {
              result[0] += -0.009977466313889655;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.004670450512673783;
          } else {
            result[0] += -0.0010135976802715936;
          }
        } else {
          result[0] += 0.003053043108664728;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            result[0] += -0.00734996515392669;
          } else {
            result[0] += -0.004969270167200909;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            result[0] += -0.004246388102340147;
          } else {
            result[0] += -0.0011012943548941263;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.004606990736761708;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.0018230604208560514;
            } else {
              result[0] += 0.00021295386570696238;
            }
          }
        } else {
          result[0] += -0.004606990736761708;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.0012543832280087334;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                result[0] += 0.0025863154418550327;
              } else {
                result[0] += 0.00021295386570696238;
              }
            } else {
              result[0] += -0.000607864560311928;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.003257975550561635;
            } else {
              result[0] += 0.005174098346909044;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.00011992556005977606;
            } else {
              result[0] += 0.0020848539844669995;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0006855218929895771;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.004965024492196842;
                } else {
                  result[0] += 0.0034171808654742835;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.0034171808654742835;
                } else {
                  result[0] += 0.0010348187766604016;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.007365051383629132;
            } else {
              result[0] += 0.004965024492196842;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            result[0] += -0.004606990736761708;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += -0.000607864560311928;
            } else {
              result[0] += 0.0034254692318163964;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.003269925541414555;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
                result[0] += 0.006971647897628153;
              } else {
                result[0] += 0.005330734451752802;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.009130450455550687;
            } else {
              result[0] += 0.007074949412074197;
            }
          }
        } else {
          result[0] += 0.0015742372642614287;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.01341180206360365;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
                result[0] += -0.006910356603905452;
              } else {
                result[0] += -0.010792295169662002;
              }
            } else {
              result[0] += -0.012706311500597506;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0065693713117758725;
              } else {
                result[0] += -0.004606990736761708;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.002361504843122844;
              } else {
                result[0] += -0.000607864560311928;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                    result[0] += -0.0065693713117758725;
                  } else {
                    result[0] += -0.009741175002101539;
                  }
                } else {
                  result[0] += -0.009741175002101539;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                  result[0] += -0.00710270917414957;
                } else {
                  result[0] += -0.0049148857734645016;
                }
              }
            } else {
              result[0] += -0.009741175002101539;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.005179164843915066;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0013695174913113466;
          } else {
            result[0] += 4.2291618551301656e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.002285544546569202;
            } else {
              result[0] += 0.002053098880266162;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              result[0] += 0.0047393791091340474;
            } else {
              result[0] += 0.006935037968299632;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.005831952405329997;
            } else {
              result[0] += -0.0010602314259531389;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += 0.0015742372642614287;
            } else {
              result[0] += 0.003721022819653353;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.010919880867911548;
              } else {
                result[0] += -0.006529477863368903;
              }
            } else {
              result[0] += -0.0146966016040321;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                result[0] += 0.0003297264904179169;
              } else {
                result[0] += -0.003131506836345695;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0053839740183666464;
              } else {
                result[0] += -0.00827040438366664;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
              result[0] += 0.0015742372642614287;
            } else {
              result[0] += -0.0005809651147544577;
            }
          } else {
            result[0] += -0.0037266253197455884;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)130.0000000000000284) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          result[0] += -0.0041174217890057535;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              result[0] += 0.0031647384520671327;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += 4.413575193332779e-05;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += 0.0011098337576119256;
                } else {
                  result[0] += 0.0019012635864430448;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.0042781556269020195;
            } else {
              result[0] += 0.0024036241400564873;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.008576020250035432;
          } else {
            result[0] += -0.00584047297515733;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.004358844052719619;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.002691104595962621;
              } else {
                result[0] += -0.001942587995709187;
              }
            }
          } else {
            result[0] += -0.0002611243799691088;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.0002037985125661068;
              } else {
                result[0] += 0.0027743271010057862;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
                  result[0] += 0.007859131753652706;
                } else {
                  result[0] += 0.00505238781935399;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                  result[0] += 0.0036657043608167915;
                } else {
                  result[0] += 0.0050445313743916;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0032442999812065526;
              } else {
                result[0] += 0.0009985055205554193;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += 0.0025581889449009937;
              } else {
                result[0] += 0.004141589221103226;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)62049.50000000000728) ) ) {
              result[0] += 0.005394188190062548;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.00025736156967063223;
              } else {
                result[0] += 0.003574466142055052;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)21437.00000000000364) ) ) {
              result[0] += 0.007319783311953102;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += 0.005394188190062548;
              } else {
                result[0] += 0.006589464785878792;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          result[0] += -0.005171754223619922;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += -0.0020951561962258398;
            } else {
              result[0] += 0.0006579614528366642;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              result[0] += 0.0011098337576119256;
            } else {
              result[0] += 0.0037872469974935506;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)206.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.025735617079043212;
            } else {
              result[0] += -0.01640806656911596;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.012083066535295868;
            } else {
              result[0] += -0.00880514414606856;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.030387985110355217;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              result[0] += -0.016671963123550862;
            } else {
              result[0] += -0.022462511106304015;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.010929101197328246;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                result[0] += -0.0049848713543658085;
              } else {
                result[0] += -0.008576020250035432;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.021018607539111406;
            } else {
              result[0] += -0.012073137182169399;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0049848713543658085;
            } else {
              result[0] += 0.0011098337576119256;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
              result[0] += -0.005171754223619922;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.010482489997597143;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                  result[0] += -0.006443809776110249;
                } else {
                  result[0] += -0.010097000834034886;
                }
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
        result[0] += 0.0011098337576119256;
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.00880514414606856;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                  result[0] += -0.002691104595962621;
                } else {
                  result[0] += -0.005171754223619922;
                }
              } else {
                result[0] += -0.005171754223619922;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += -0.004356821955620439;
              } else {
                result[0] += -0.0002611243799691088;
              }
            } else {
              result[0] += -0.004356821955620439;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
              result[0] += 0.0011098337576119256;
            } else {
              result[0] += -0.0013843825534325383;
            }
          } else {
            result[0] += -0.005171754223619922;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                result[0] += 0.007593159809724509;
              } else {
                result[0] += 0.004108646315510478;
              }
            } else {
              result[0] += 0.00262058318376393;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.00234414370838861;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                result[0] += 0.000717360674003803;
              } else {
                result[0] += 0.0023634766907097864;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.00234414370838861;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                result[0] += -0.0013853413094050368;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                  result[0] += -0.0002164150625794983;
                } else {
                  result[0] += 0.0011469655486688567;
                }
              }
            } else {
              result[0] += 0.000717360674003803;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.009177973724040592;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += -0.004556587319459692;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              result[0] += -0.00234414370838861;
            } else {
              result[0] += -0.000705169439012672;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                  result[0] += 0.0075274120039907745;
                } else {
                  result[0] += 0.004437021127283327;
                }
              } else {
                result[0] += 0.0034369127636450776;
              }
            } else {
              result[0] += 0.002790000437703587;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                result[0] += 0.008323991574343876;
              } else {
                result[0] += 0.005442497232735441;
              }
            } else {
              result[0] += 0.004684830131081219;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.00038128532588354983;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                result[0] += 0.002790000437703587;
              } else {
                result[0] += 0.0013225316538672271;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              result[0] += 0.003117692340052773;
            } else {
              result[0] += 0.004275989208137302;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.005354314912643406;
            } else {
              result[0] += 0.0034144159882856166;
            }
          } else {
            result[0] += 0.0009405689813628692;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.009024090538798952;
            } else {
              result[0] += 0.006334407412698186;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
                result[0] += 0.005354314912643406;
              } else {
                result[0] += 0.004332571113373554;
              }
            } else {
              result[0] += 0.0060153298355021265;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.017339742607350307;
          } else {
            result[0] += -0.010527416126526842;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              result[0] += -0.024856930418922445;
            } else {
              result[0] += -0.03552449120350414;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
              result[0] += -0.016396281509403816;
            } else {
              result[0] += -0.024097204162383166;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.012637120741295669;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
                result[0] += -0.004556587319459692;
              } else {
                result[0] += -0.00872716896563961;
              }
            }
          } else {
            result[0] += -0.004556587319459692;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.023354069859131053;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                result[0] += -0.010849066999724984;
              } else {
                result[0] += -0.016511521687153894;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.013991142155178493;
            } else {
              result[0] += -0.007685039997619713;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
            result[0] += -0.00234414370838861;
          } else {
            result[0] += -0.004556587319459692;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.0012037323677718693;
          } else {
            result[0] += 0.003924368560271255;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.010527416126526842;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.004142020059646021;
              } else {
                result[0] += -0.0021764751370033255;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                result[0] += -0.004556587319459692;
              } else {
                result[0] += -0.006631936094975781;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
              result[0] += 0.0008569233840190793;
            } else {
              result[0] += -0.0007611411873649802;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
              result[0] += -0.002569009933972941;
            } else {
              result[0] += -0.004556587319459692;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)158.0000000000000284) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          result[0] += -0.0017160904711766565;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0002490919714549901;
              } else {
                result[0] += 0.0018532438429417865;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0019285365971455208;
              } else {
                result[0] += 0.003880923930031723;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += -0.0011219358984211377;
              } else {
                result[0] += -0.00018321182363327857;
              }
            } else {
              result[0] += 0.001402280969303853;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.005117150227951631;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.004095965063378095;
              } else {
                result[0] += -0.0019384060692813365;
              }
            } else {
              result[0] += -0.0002669818647650513;
            }
          } else {
            result[0] += -0.004095965063378095;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.00012888646316006237;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  result[0] += 0.003940064357669566;
                } else {
                  result[0] += 0.0025072039917977238;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.005535454749573334;
              } else {
                result[0] += 0.0037954792215445805;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.004179031887513102;
              } else {
                result[0] += 0.0003647380728389767;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.0018886592784302042;
              } else {
                result[0] += 0.0034178890423828753;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.0055746539158462935;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += 0.0017420007629537866;
                } else {
                  result[0] += 0.004347025588422933;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0006281874154315742;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                  result[0] += 0.003271683283276837;
                } else {
                  result[0] += 0.0016029508521580556;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              result[0] += 0.006903247259770772;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.004728289632716261;
              } else {
                result[0] += 0.005671429088599332;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.007740068610655801;
            } else {
              result[0] += -0.004262763258728859;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.0025690370934654534;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
                result[0] += 0.0008548804319868313;
              } else {
                result[0] += -0.0013172421514227473;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += 0.0018886592784302042;
              } else {
                result[0] += -0.00034568668743975236;
              }
            } else {
              result[0] += -0.0025690370934654534;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
              result[0] += 0.0037442007019407005;
            } else {
              result[0] += 0.0010473503487929958;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.023226931912761067;
          } else {
            result[0] += -0.014782250591913907;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.028517311173593313;
          } else {
            result[0] += -0.020741781044796903;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
            result[0] += -0.009717122231842443;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.02050662936960751;
            } else {
              result[0] += -0.01240738099251921;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
              result[0] += -0.006728676907291437;
            } else {
              result[0] += -0.0114193299134229;
            }
          } else {
            result[0] += -0.00551022572308122;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
        result[0] += 0.00019693008983881052;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += -0.008462034381726836;
            } else {
              result[0] += -0.012962682548962382;
            }
          } else {
            result[0] += -0.005117150227951631;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += -0.0025690370934654534;
            } else {
              result[0] += -0.0002669818647650513;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                  result[0] += -0.005550005872123033;
                } else {
                  result[0] += -0.006728676907291437;
                }
              } else {
                result[0] += -0.008936899701606035;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
                result[0] += -0.0025690370934654534;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                  result[0] += -0.004369828037585747;
                } else {
                  result[0] += -0.00551022572308122;
                }
              }
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          result[0] += -0.0028007913903112507;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                  result[0] += 0.003188370033812306;
                } else {
                  result[0] += 0.0009343399165674046;
                }
              } else {
                result[0] += 0.00035538237464473793;
              }
            } else {
              result[0] += 0.003188370033812306;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
                result[0] += 0.00015141698099111636;
              } else {
                result[0] += -0.0006381957173885706;
              }
            } else {
              result[0] += 0.0016104727340844898;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.009490647712738465;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                result[0] += -0.00471475919452133;
              } else {
                result[0] += -0.007644608172350476;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.004997630682647794;
                } else {
                  result[0] += -0.0028007913903112507;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                  result[0] += -0.0018197218397480051;
                } else {
                  result[0] += -0.0006381957173885706;
                }
              }
            } else {
              result[0] += -0.004997630682647794;
            }
          }
        } else {
          result[0] += -0.0006381957173885706;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += 0.0012376852255790367;
              } else {
                result[0] += 0.0031362433898413007;
              }
            } else {
              result[0] += 0.0045731506663743825;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.002833973050149568;
              } else {
                result[0] += 0.0007684065568547348;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                result[0] += 0.0020105316166706953;
              } else {
                result[0] += 0.0033199365160748937;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += 0.004748809198111888;
            } else {
              result[0] += 0.006054273182238979;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.000340188405483313;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.003444755359979218;
                } else {
                  result[0] += 0.0018680939495305995;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.0039176108371289375;
              } else {
                result[0] += 0.004963812882040217;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0062034621184939975;
            } else {
              result[0] += -0.0034435906261868;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              result[0] += -0.00038477142770782565;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.002911743523607806;
              } else {
                result[0] += -0.0016577621335198288;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += 0.0015526792511510918;
              } else {
                result[0] += -0.000733338092828251;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += 0.0035268047881190008;
              } else {
                result[0] += 0.001635236921775447;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.0016577621335198288;
            } else {
              result[0] += -0.0003543176288129166;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.017721336256278895;
          } else {
            result[0] += -0.011046791254559471;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.023628185912522318;
          } else {
            result[0] += -0.016437501289277935;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += -0.011047506348620504;
            } else {
              result[0] += -0.01899411466662926;
            }
          } else {
            result[0] += -0.008524959498863033;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
            result[0] += -0.005247434085435107;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.009622485288328769;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.005485918869832942;
              } else {
                result[0] += -0.008524959498863033;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
        result[0] += 0.00014436963077341062;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.007644608172350476;
            } else {
              result[0] += -0.005247434085435107;
            }
          } else {
            result[0] += -0.0027737905629086606;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
              result[0] += 0.00014436963077341062;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                result[0] += -0.002911743523607806;
              } else {
                result[0] += -0.0016577621335198288;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.005247434085435107;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += -0.00482222244733741;
              } else {
                result[0] += -0.0019504663813988525;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              result[0] += 0.006519082877899567;
            } else {
              result[0] += 0.0036113387000919466;
            }
          } else {
            result[0] += 0.001630066064140115;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
            result[0] += -3.093927425237593e-05;
          } else {
            result[0] += 0.0016089632724048794;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.001837920431765128;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0031311944039433787;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
              result[0] += -3.093927425237593e-05;
            } else {
              result[0] += 0.0007754170543881762;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                result[0] += 0.006987325029077273;
              } else {
                result[0] += 0.0048430432941440815;
              }
            } else {
              result[0] += 0.003530351563108822;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
              result[0] += 0.0012263534745246797;
            } else {
              result[0] += 0.003360608017887692;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.001338795297516575;
            } else {
              result[0] += 0.0012263534745246797;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.002553571086658297;
              } else {
                result[0] += 0.003360608017887692;
              }
            } else {
              result[0] += 0.0019726228204594957;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
            result[0] += 0.008033650137956226;
          } else {
            result[0] += 0.004947934286954077;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
            result[0] += 0.00250275581514636;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
              result[0] += 0.0038254737330349004;
            } else {
              result[0] += 0.004571968583474312;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.01385858522677378;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
                result[0] += -0.008325356397882287;
              } else {
                result[0] += -0.012087884815577092;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.0052102099552417255;
              } else {
                result[0] += -0.002342955916545831;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                    result[0] += -0.0052102099552417255;
                  } else {
                    result[0] += -0.007542727334741277;
                  }
                } else {
                  result[0] += -0.004655273050023465;
                }
              } else {
                result[0] += -0.008325356397882287;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.018525835800168516;
              } else {
                result[0] += -0.012968898763172393;
              }
            } else {
              result[0] += -0.0193891141920033;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += -0.010852820202623098;
            } else {
              result[0] += -0.008325356397882287;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0031311944039433787;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                  result[0] += -0.00021053569014740207;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
                      result[0] += -0.0006902721392281499;
                    } else {
                      result[0] += -0.0020277331334057317;
                    }
                  } else {
                    result[0] += -0.00040430366019208303;
                  }
                }
              }
            } else {
              result[0] += 0.001823080537804659;
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                result[0] += -0.0033907208956748328;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0052420176784133445;
                } else {
                  result[0] += -0.0036736637857994452;
                }
              }
            } else {
              result[0] += -0.002119861404575189;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.010490727509533759;
              } else {
                result[0] += -0.0052420176784133445;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.015654396641812448;
              } else {
                result[0] += -0.009223191843786466;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0068379023813572685;
              } else {
                result[0] += -0.01063451784055446;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += -0.004047456230959977;
                } else {
                  result[0] += -0.0025648020220007776;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -0.00490325178331217;
                } else {
                  result[0] += -0.007430077838243417;
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += -0.002342955916545831;
            } else {
              result[0] += -0.00021053569014740207;
            }
          } else {
            result[0] += 0.0019726228204594957;
          }
        } else {
          result[0] += -0.0031311944039433787;
        }
      } else {
        result[0] += 0.0021610431672946426;
      }
    }
  }
  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -0.003005594974357543;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0016477630916924093;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
                result[0] += 0.0017142136777222674;
              } else {
                result[0] += 0.0003167422036557199;
              }
            }
          } else {
            result[0] += -0.0016477630916924093;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 0.00031670131161827975;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                result[0] += 0.0024522546339798184;
              } else {
                result[0] += 0.0010758063613455413;
              }
            } else {
              result[0] += 0.004243925236799749;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              result[0] += 0.0010758063613455413;
            } else {
              result[0] += 0.002223397948223634;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0023178747320884304;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
              result[0] += 0.002122903426568464;
            } else {
              result[0] += 0.0010758063613455413;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.003219892120466095;
              } else {
                result[0] += 0.004838899038458309;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                  result[0] += 0.0022390534176989964;
                } else {
                  result[0] += 0.0010758063613455413;
                }
              } else {
                result[0] += 0.003110636204548243;
              }
            }
          } else {
            result[0] += 0.0010758063613455413;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += 0.0012656419391453998;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.00448540392750153;
              } else {
                result[0] += 0.003504882226123453;
              }
            }
          } else {
            result[0] += -0.0008002583703266493;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += 0.005600434339416709;
          } else {
            result[0] += 0.003998815597626655;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.007323013315833987;
            } else {
              result[0] += -0.004001133493297282;
            }
          } else {
            result[0] += -0.002154668750463224;
          }
        } else {
          result[0] += -0.007323013315833987;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0032884599773246206;
            } else {
              result[0] += -0.0016477630916924093;
            }
          } else {
            result[0] += 0.0010758063613455413;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              result[0] += -0.0032884599773246206;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                    result[0] += -0.009390377152521072;
                  } else {
                    result[0] += -0.0051641538884928985;
                  }
                } else {
                  result[0] += -0.010255525952131821;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                  result[0] += -0.0032884599773246206;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                    result[0] += -0.0038871370452928534;
                  } else {
                    result[0] += -0.007691039018602058;
                  }
                }
              }
            }
          } else {
            result[0] += -0.00170423709217006;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += 0.0005946732865913458;
              } else {
                result[0] += -0.001991391529851218;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                result[0] += 0.002207999458720396;
              } else {
                result[0] += 0.0005987606307417988;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += 0.0029592313391714493;
            } else {
              result[0] += 0.003998815597626655;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.001991391529851218;
            } else {
              result[0] += -0.00019547208260901674;
            }
          } else {
            result[0] += 0.0016851875521422;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.005338044107081485;
              } else {
                result[0] += -0.003098429983238991;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                  result[0] += 0.0010174455216135738;
                } else {
                  result[0] += -0.0019784183720379803;
                }
              } else {
                result[0] += -0.0019784183720379803;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.005338044107081485;
              } else {
                result[0] += -0.010644844967062715;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0033882357370473674;
              } else {
                result[0] += -0.004871604255207138;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            result[0] += 0.0026340105799591675;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                result[0] += -0.0008963815665985859;
              } else {
                result[0] += 0.0007791856205091746;
              }
            } else {
              result[0] += -0.0033750668301522277;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.0024105252229343647;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.0007173633747526391;
            } else {
              result[0] += 0.001214536335262302;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                result[0] += 0.002203161105594693;
              } else {
                result[0] += 0.003703818901177566;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0007173633747526391;
              } else {
                result[0] += 0.002062473511907378;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.00760951797037291;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0037451876839460297;
                } else {
                  result[0] += -0.00226572772981054;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += -0.0008704775677868021;
                } else {
                  result[0] += 0.0005497642404003583;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += -0.0037451876839460297;
                } else {
                  result[0] += -0.0021940488901805192;
                }
              } else {
                result[0] += -0.005419364661802854;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.0024105252229343647;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.00014255582648327789;
                } else {
                  result[0] += -0.0009283309174434958;
                }
              } else {
                result[0] += 0.0010275484810657845;
              }
            }
          } else {
            result[0] += -0.0024105252229343647;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                  result[0] += 0.00381369222253492;
                } else {
                  result[0] += 0.0022188968558972838;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.0018168912684324635;
                } else {
                  result[0] += 0.0019487671691598794;
                }
              }
            } else {
              result[0] += 0.003979735723877172;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0018168912684324635;
              } else {
                result[0] += 0.0006568485817675415;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                result[0] += 0.0014933933385202966;
              } else {
                result[0] += 0.0025282439681846504;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.0015550231584291595;
              } else {
                result[0] += 0.003462879450516334;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.005149532039445202;
              } else {
                result[0] += 0.004038646469820656;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0008839504400088033;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                  result[0] += 0.0025797642825647433;
                } else {
                  result[0] += 0.0013832456222850442;
                }
              }
            } else {
              result[0] += 0.0033072314737414227;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.005003211633878606;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              result[0] += -0.0026886547780131036;
            } else {
              result[0] += -0.0014906297060727194;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
                  result[0] += 0.0013832456222850442;
                } else {
                  result[0] += -0.0006854193741733488;
                }
              } else {
                result[0] += 0.0013240792562030825;
              }
            } else {
              result[0] += 0.0018696145126346373;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
              result[0] += -0.001006237411371481;
            } else {
              result[0] += 0.00046461278418739795;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.017424687082626792;
            } else {
              result[0] += -0.010948105727957394;
            }
          } else {
            result[0] += -0.0077559274380360746;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.02013774081428245;
          } else {
            result[0] += -0.01317402467518096;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.010853908911381677;
          } else {
            result[0] += -0.006875636810371736;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
              result[0] += -0.0024105252229343647;
            } else {
              result[0] += -0.0037762879922158157;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.007819064807488098;
            } else {
              result[0] += -0.004744232170112199;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
        result[0] += 0.0007173633747526391;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.005419364661802854;
          } else {
            result[0] += -0.0037762879922158157;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
              result[0] += 0.00040925678847067524;
            } else {
              result[0] += -0.001006237411371481;
            }
          } else {
            result[0] += -0.0037762879922158157;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)194.0000000000000284) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.002614030469448101;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0014273470171570722;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                    result[0] += 0.0008037944065542154;
                  } else {
                    result[0] += -0.0005045385937944796;
                  }
                } else {
                  result[0] += -0.0010562168509703777;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)16.50000000000000355) ) ) {
                  result[0] += 0.0023048825404021925;
                } else {
                  result[0] += 0.0008387178554414923;
                }
              } else {
                result[0] += 0.0006377833676757387;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.0010398103835659845;
          } else {
            result[0] += 0.0023048825404021925;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.008257829170528787;
            } else {
              result[0] += -0.004525733028302823;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += -0.0014273470171570722;
                } else {
                  result[0] += -0.0029474091438207732;
                }
              } else {
                result[0] += -0.00021120980271671923;
              }
            } else {
              result[0] += -0.0029474091438207732;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0029474091438207732;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 8.956209694719443e-05;
                } else {
                  result[0] += -0.0008769932321144559;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                result[0] += 0.0009878664088672476;
              } else {
                result[0] += 0.0023048825404021925;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                result[0] += -0.0029474091438207732;
              } else {
                result[0] += -0.000807824621229;
              }
            } else {
              result[0] += -0.0037713390730318716;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)377928.0000000000582) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += 0.001309553422378585;
              } else {
                result[0] += 0.00241927452222074;
              }
            } else {
              result[0] += 0.00368136595857346;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += 0.0034791316853452735;
            } else {
              result[0] += 0.004580812827659705;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.001309553422378585;
              } else {
                result[0] += 0.0021862082359521136;
              }
            } else {
              result[0] += 0.000550135022195557;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                result[0] += 0.0016920379567377415;
              } else {
                result[0] += 0.0026067365443543738;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                result[0] += 0.002673767777712013;
              } else {
                result[0] += 0.0035647290900662856;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.004542674101113436;
            } else {
              result[0] += -0.0026946237583586256;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
              result[0] += 0.000550135022195557;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += -0.0017340098088847206;
                } else {
                  result[0] += -0.00035350185747825067;
                }
              } else {
                result[0] += -0.0026946237583586256;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.0010242102216115492;
            } else {
              result[0] += 0.0026384763697966376;
            }
          } else {
            result[0] += 0.000550135022195557;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.011883499311805263;
          } else {
            result[0] += -0.007177063161273724;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8762.000000000001819) ) ) {
            result[0] += -0.0005045385937944796;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                result[0] += -0.0059285712481059035;
              } else {
                result[0] += -0.0029474091438207732;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                result[0] += -0.0008769932321144559;
              } else {
                result[0] += -0.0037713390730318716;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.013547988618992488;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              result[0] += -0.007377610501887795;
            } else {
              result[0] += -0.009674860967743688;
            }
          }
        } else {
          result[0] += -0.0037713390730318716;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
        result[0] += 0.000550135022195557;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.005466599457112745;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              result[0] += -0.0029197760875972426;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -0.0029197760875972426;
              } else {
                result[0] += -0.005466599457112745;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            result[0] += 0.00030746658209745807;
          } else {
            result[0] += -0.0029197760875972426;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      result[0] += 0.0009378913889924625;
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
              result[0] += 0.007361024661991171;
            } else {
              result[0] += 0.004629221754638683;
            }
          } else {
            result[0] += 0.004629221754638683;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.002853865457222153;
            } else {
              result[0] += 0.0038970339156526425;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += 0.0008447711371213431;
            } else {
              result[0] += 0.002583918272800849;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          result[0] += 0.0008447711371213431;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += 0.0018395619816744598;
            } else {
              result[0] += 0.0021470196981802528;
            }
          } else {
            result[0] += 0.002583918272800849;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00922604163206735;
                } else {
                  result[0] += -0.0065654202080753735;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                  result[0] += -0.003902283933417989;
                } else {
                  result[0] += -0.005254481889097218;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.011777424304073428;
              } else {
                result[0] += -0.007893588370667318;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8762.000000000001819) ) ) {
              result[0] += -0.000428309528829298;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                    result[0] += -0.001953433677226973;
                  } else {
                    result[0] += -0.002698052706171447;
                  }
                } else {
                  result[0] += -0.003902283933417989;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
                  result[0] += -0.003902283933417989;
                } else {
                  result[0] += -0.005029957782670498;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.0019696931390031955;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0009378913889924625;
                  } else {
                    result[0] += 0.0015067271101672037;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        result[0] += -0.0011250258247841604;
                      } else {
                        result[0] += 5.556939600536044e-05;
                      }
                    } else {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        result[0] += -0.0011250258247841604;
                      } else {
                        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                          result[0] += -0.00040231893481529546;
                        } else {
                          result[0] += -0.0016909774523479375;
                        }
                      }
                    }
                  } else {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += -0.00033451541548446505;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                        result[0] += 0.000671962160055647;
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)247952.0000000000291) ) ) {
                          result[0] += 0.00019163683511866538;
                        } else {
                          result[0] += -0.0009140092660234599;
                        }
                      }
                    }
                  }
                }
              } else {
                result[0] += 0.0018395619816744598;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.002941942452778447;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.0030198378303263078;
                } else {
                  result[0] += -0.002334362818838221;
                }
              } else {
                result[0] += -0.0016909774523479375;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.017861584321378406;
              } else {
                result[0] += -0.011777424304073428;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                result[0] += -0.008406753785623283;
              } else {
                result[0] += -0.0059943678320832465;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0071696863746600675;
              } else {
                result[0] += -0.003787752594098255;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.014499835292310463;
                } else {
                  result[0] += -0.009866392203326258;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.005840844950138352;
                } else {
                  result[0] += -0.00784339456981794;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.004849260622145798;
              } else {
                result[0] += -0.0030198378303263078;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                result[0] += -5.237978833720955e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -0.0036275206505166553;
                  } else {
                    result[0] += -0.002230899255469749;
                  }
                } else {
                  result[0] += -0.0016909774523479375;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.006982991282562856;
            } else {
              result[0] += -0.004559622068943887;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.000428309528829298;
          } else {
            result[0] += 0.0009378913889924625;
          }
        } else {
          result[0] += 0.0023207150837540485;
        }
      } else {
        result[0] += -0.0016909774523479375;
      }
    }
  }
  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0022418302905568375;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.0020807092733702874;
              } else {
                result[0] += 0.00014579079883420505;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 0.0016193754589153557;
                } else {
                  result[0] += 0.0005793986773072149;
                }
              } else {
                result[0] += 0.00046786374072413497;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.0005263983746763363;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.0023980143007638;
              } else {
                result[0] += 0.0011916572143676873;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
              result[0] += 0.003537589402501831;
            } else {
              result[0] += 0.002227871800415433;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.006333839403167885;
            } else {
              result[0] += -0.0033697558351543436;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                  result[0] += -0.001924324823016115;
                } else {
                  result[0] += -0.0008531161048224243;
                }
              } else {
                result[0] += -0.002877954842279833;
              }
            } else {
              result[0] += -0.0007814970002348724;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.0024471826773023184;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 1.6960606081723326e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                    result[0] += -0.0013380819022973996;
                  } else {
                    result[0] += -0.0003794019980687035;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += 0.0009100875339099238;
              } else {
                result[0] += 0.002227871800415433;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
              result[0] += -0.0024471826773023184;
            } else {
              result[0] += -0.002877954842279833;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0004786057365163273;
              } else {
                result[0] += 0.0019550882038363577;
              }
            } else {
              result[0] += 0.003227296438797345;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.0004786057365163273;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                result[0] += 0.0013208180065787589;
              } else {
                result[0] += 0.0021133446715920243;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
              result[0] += 0.002973211415336752;
            } else {
              result[0] += 0.00397815384066569;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += 0.0004786057365163273;
              } else {
                result[0] += 0.0015854151493778985;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                result[0] += 0.002270050042456034;
              } else {
                result[0] += 0.003036228060762284;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.002804043717146241;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                result[0] += -0.00018494173715804456;
              } else {
                result[0] += -0.0013886126786157296;
              }
            } else {
              result[0] += -0.0023562480176091624;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0013208180065787589;
              } else {
                result[0] += 0.002270050042456034;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                result[0] += -3.89009889818609e-05;
              } else {
                result[0] += 0.0013208180065787589;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += -0.0013886126786157296;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.001175142337448094;
              } else {
                result[0] += 0.0008746861145136882;
              }
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.006333839403167885;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.006289021913762499;
            } else {
              result[0] += -0.002877954842279833;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += 0.00014579079883420505;
          } else {
            result[0] += -0.002877954842279833;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.011211578655197332;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                result[0] += -0.009413556732058995;
              } else {
                result[0] += -0.0063564330543545745;
              }
            } else {
              result[0] += -0.0059840511638463495;
            }
          }
        } else {
          result[0] += -0.003178442677794974;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
        result[0] += 0.0004786057365163273;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
            result[0] += -0.002804043717146241;
          } else {
            result[0] += -0.0013886126786157296;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
            result[0] += -0.002804043717146241;
          } else {
            result[0] += -0.005364264699007607;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        result[0] += 0.00047438242681804404;
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += 0.0010547306047385856;
        } else {
          result[0] += 0.0015323870679198129;
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
              result[0] += 0.007246984241809647;
            } else {
              result[0] += 0.00472333443241651;
            }
          } else {
            result[0] += 0.0043577044287561205;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += 0.0032078830681140282;
          } else {
            result[0] += 0.002360868490462006;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          result[0] += 0.0017372965489205025;
        } else {
          result[0] += 0.002360868490462006;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
                  result[0] += -0.007320412938863593;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
                      result[0] += -0.009105190148297315;
                    } else {
                      result[0] += -0.012044875714639698;
                    }
                  } else {
                    result[0] += -0.007856913351500468;
                  }
                }
              } else {
                result[0] += -0.014132405317249717;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
                result[0] += -0.004979198732026541;
              } else {
                result[0] += -0.007470035114066898;
              }
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)94.00000000000001421) ) ) {
                result[0] += -0.003560864448051935;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.008057425744527958;
                } else {
                  result[0] += -0.0051300130671029;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -0.0030883710367835596;
              } else {
                result[0] += -0.005644197755949543;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8762.000000000001819) ) ) {
              result[0] += 0.00047438242681804404;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                      result[0] += -0.0018321269336886413;
                    } else {
                      result[0] += -0.002310679148552799;
                    }
                  } else {
                    result[0] += -0.003427699708569038;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                    result[0] += -0.004333536133737586;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                      result[0] += -0.003019365215782563;
                    } else {
                      result[0] += -0.004333536133737586;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                  result[0] += -0.0004005195401393575;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += -0.00205499933504689;
                    } else {
                      result[0] += -0.0013834714978471605;
                    }
                  } else {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += -0.003560864448051935;
                    } else {
                      result[0] += -0.0022807540881861206;
                    }
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                    result[0] += -0.0051300130671029;
                  } else {
                    result[0] += -0.004333536133737586;
                  }
                } else {
                  result[0] += -0.003560864448051935;
                }
              } else {
                result[0] += -0.0051300130671029;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.0022807540881861206;
                } else {
                  result[0] += -0.0030883710367835596;
                }
              } else {
                result[0] += -0.0030883710367835596;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)349160.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += 0.00026870644549331434;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += 0.001494007898054657;
              } else {
                result[0] += 0.0023398697513777023;
              }
            }
          } else {
            result[0] += -0.0012022077409828836;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0019851738317278045;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                  result[0] += 0.0012449406383444471;
                } else {
                  result[0] += 0.0004377326573173563;
                }
              } else {
                result[0] += -0.00035693497374007067;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.004618755482560982;
                } else {
                  result[0] += -0.002516436310595139;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.007833186369835255;
                } else {
                  result[0] += -0.004149478005418802;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
                result[0] += -0.0012022077409828836;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -0.0019011130483205562;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                    result[0] += -0.0019011130483205562;
                  } else {
                    result[0] += -0.0041150075342338;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.00047438242681804404;
          } else {
            result[0] += 0.0010547306047385856;
          }
        } else {
          result[0] += 0.0023398697513777023;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.0018321269336886413;
          } else {
            result[0] += -0.0012872754428445885;
          }
        } else {
          result[0] += 0.0004377326573173563;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            result[0] += 8.736037293498547e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.004857858577388189;
            } else {
              result[0] += -0.002267729318051088;
            }
          }
        } else {
          result[0] += -0.004932214078531395;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                      result[0] += 0.002271259937835336;
                    } else {
                      result[0] += 0.0005216718942694627;
                    }
                  } else {
                    result[0] += 8.736037293498547e-05;
                  }
                } else {
                  result[0] += -0.0005668892646706545;
                }
              } else {
                result[0] += -0.002267729318051088;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                  result[0] += 0.0026676042061413024;
                } else {
                  result[0] += 0.000882074416527541;
                }
              } else {
                result[0] += 0.000882074416527541;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              result[0] += 0.0026676042061413024;
            } else {
              result[0] += 0.001494732207526744;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                    result[0] += -0.001474223522724284;
                  } else {
                    result[0] += -0.0005775066352840356;
                  }
                } else {
                  result[0] += 0.00027145777226796937;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  result[0] += -0.002267729318051088;
                } else {
                  result[0] += 0.00027145777226796937;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                result[0] += -0.002267729318051088;
              } else {
                result[0] += -0.0012138016040622584;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                      result[0] += -1.445245751276648e-05;
                    } else {
                      result[0] += -0.0013217418459519604;
                    }
                  } else {
                    result[0] += -0.0013217418459519604;
                  }
                } else {
                  result[0] += 3.786340080418864e-05;
                }
              } else {
                result[0] += 0.001489969898345011;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += -0.0016466404607277192;
                } else {
                  result[0] += -0.00011354229218578218;
                }
              } else {
                result[0] += -0.002267729318051088;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -0.010472941634061015;
          } else {
            result[0] += -0.006742544333840319;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                result[0] += -0.006498789629730316;
              } else {
                result[0] += -0.003997761349052986;
              }
            } else {
              result[0] += -0.003398817709431365;
            }
          } else {
            result[0] += -0.006498789629730316;
          }
        }
      } else {
        result[0] += -0.002267729318051088;
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0006116463814955553;
              } else {
                result[0] += 0.001336553779121269;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -8.217519906177657e-06;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.002575082378518625;
                } else {
                  result[0] += 0.0019431874996977017;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                result[0] += 0.0027955601876718224;
              } else {
                result[0] += 0.003664948867604951;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0017600115529221739;
              } else {
                result[0] += 0.002638303884710969;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0013911323341540371;
            } else {
              result[0] += -0.0006116463814955553;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                  result[0] += 0.0006451620956149814;
                } else {
                  result[0] += 0.0013348338856033245;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                  result[0] += -0.0006116463814955553;
                } else {
                  result[0] += 0.0013348338856033245;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                result[0] += 0.0015176155777434806;
              } else {
                result[0] += 0.002201129576704782;
              }
            }
          }
        }
      } else {
        result[0] += -0.0013911323341540371;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0024189727472031285;
          } else {
            result[0] += -0.0007254690695477225;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.000581856873844363;
            } else {
              result[0] += 0.0015176155777434806;
            }
          } else {
            result[0] += -0.0007254690695477225;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.004378663854799293;
          } else {
            result[0] += -0.0024189727472031285;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            result[0] += -0.0013911323341540371;
          } else {
            result[0] += -0.0024189727472031285;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97.00000000000001421) ) ) {
          result[0] += -0.00026328614725407444;
        } else {
          result[0] += -0.004374030642791636;
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
                  result[0] += 0.0017244028104601737;
                } else {
                  result[0] += 0.0005939919138911248;
                }
              } else {
                result[0] += 0.0002191232217825892;
              }
            } else {
              result[0] += -0.00026328614725407444;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
              result[0] += 0.0017244028104601737;
            } else {
              result[0] += 0.0027497876461810965;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1027.500000000000227) ) ) {
                  result[0] += -0.0010513334339491956;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                    result[0] += -0.00026328614725407444;
                  } else {
                    result[0] += 0.0005434903576796334;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                  result[0] += -0.00204632297679699;
                } else {
                  result[0] += -0.00026328614725407444;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                result[0] += -0.00204632297679699;
              } else {
                result[0] += -0.003848964027863601;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    result[0] += -0.00026328614725407444;
                  } else {
                    result[0] += -0.00149170470850893;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                    result[0] += -0.00026328614725407444;
                  } else {
                    result[0] += 0.00029084717964871393;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  result[0] += 0.0006914020708364754;
                } else {
                  result[0] += 0.0017174863410541119;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += -0.0016259507484919014;
                } else {
                  result[0] += -0.0003468991251519638;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                  result[0] += -0.002768494436092052;
                } else {
                  result[0] += -0.003848964027863601;
                }
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            result[0] += -0.007675411010345428;
          } else {
            result[0] += -0.011530897613595248;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            result[0] += -0.004956965844701898;
          } else {
            result[0] += -0.0083358977129765;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          result[0] += -0.003848964027863601;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            result[0] += -0.005713178977930346;
          } else {
            result[0] += -0.003848964027863601;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.00039151607579676905;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                  result[0] += 0.0010425662334875045;
                } else {
                  result[0] += 0.001558159276072943;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.0007097751071474916;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.003097992772628514;
                } else {
                  result[0] += 0.0020909600071294427;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.003097992772628514;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0018470219739604309;
              } else {
                result[0] += 0.002625532885661098;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            result[0] += -0.00039151607579676905;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += 0.0006580671354181987;
                } else {
                  result[0] += 0.0012492427130882113;
                }
              } else {
                result[0] += -0.00039151607579676905;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  result[0] += 0.001623791082735279;
                } else {
                  result[0] += 0.0010541769595650283;
                }
              } else {
                result[0] += 0.002028150383295762;
              }
            }
          }
        }
      } else {
        result[0] += -0.0013015955140981193;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            result[0] += -0.0013015955140981193;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                result[0] += 0.00010349422725283086;
              } else {
                result[0] += 0.0006580671354181987;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                  result[0] += -0.0013015955140981193;
                } else {
                  result[0] += -0.00030501736800755486;
                }
              } else {
                result[0] += -0.0013015955140981193;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)666082.0000000001164) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.0010305918923597267;
            } else {
              result[0] += 0.0019695070932294646;
            }
          } else {
            result[0] += 5.825763808127137e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
          result[0] += -0.0013015955140981193;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
              result[0] += -0.0013015955140981193;
            } else {
              result[0] += -0.0022025168974705695;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += -0.0034091509030179895;
            } else {
              result[0] += -0.0046186991770466946;
            }
          }
        }
      }
    }
  }
}

