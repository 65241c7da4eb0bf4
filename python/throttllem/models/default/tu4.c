
#include "header.h"

void predict_unit4(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
            result[0] += -4.099584166278782e-05;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0005398317511647597;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                  result[0] += 0.00021372660497007937;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    result[0] += 7.413993879413626e-05;
                  } else {
                    result[0] += 0.0001474763695572882;
                  }
                }
              }
            } else {
              result[0] += -4.099584166278782e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.0004925273900817653;
          } else {
            result[0] += -4.099584166278782e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0014723738291993098;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0006915473446667933;
          } else {
            result[0] += -0.0004925273900817653;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
          result[0] += -1.278507703253286e-05;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += -1.278507703253286e-05;
              } else {
                result[0] += -0.00018858753856534037;
              }
            } else {
              result[0] += -0.0004310380322212714;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += -0.00023574836743707462;
            } else {
              result[0] += -0.0005669435573523119;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00014691533460812255;
            } else {
              result[0] += 0.00010098725517407295;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                  result[0] += 0.0001228035963169701;
                } else {
                  result[0] += -1.1128916485324103e-05;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 6.506839457618468e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)39.50000000000000711) ) ) {
                      result[0] += -1.1128916485324103e-05;
                    } else {
                      result[0] += -6.530522935058977e-05;
                    }
                  } else {
                    result[0] += -1.1128916485324103e-05;
                  }
                }
              }
            } else {
              result[0] += -7.301215442364478e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.00031413631165194374;
              } else {
                result[0] += 0.00014691533460812255;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0009216081614009521;
              } else {
                result[0] += 0.00047404987179669423;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
                result[0] += 0.00014691533460812255;
              } else {
                result[0] += 0.0001228035963169701;
              }
            } else {
              result[0] += -7.301215442364478e-05;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            result[0] += 0.00011099663170101476;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -8.274241179272285e-05;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
                result[0] += 5.9289427370310074e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -5.329565526788258e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    result[0] += 3.893015722640044e-05;
                  } else {
                    result[0] += 4.377990656057344e-05;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            result[0] += -0.00012254642561846125;
          } else {
            result[0] += 4.377990656057344e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -0.0005302188028698387;
            } else {
              result[0] += -0.001235002465451922;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                result[0] += -0.00017054415084915612;
              } else {
                result[0] += -0.00029615671177977976;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0005302188028698387;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.0002981562280305256;
                } else {
                  result[0] += -0.0005302188028698387;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            result[0] += 3.893015722640044e-05;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
              result[0] += -7.984652424707024e-05;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += -0.00012254642561846125;
              } else {
                result[0] += -0.0001667282029954984;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00022151201350271315;
            } else {
              result[0] += 0.00016178107139065419;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += 0.00010555855379952518;
            } else {
              result[0] += 4.377990656057344e-05;
            }
          }
        } else {
          result[0] += 4.377990656057344e-05;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            result[0] += 0.00029966905661855535;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.00016592936882922477;
              } else {
                result[0] += 0.00019085226472438947;
              }
            } else {
              result[0] += 4.377990656057344e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.000811971313347524;
          } else {
            result[0] += 0.00029966905661855535;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                      result[0] += 0.00014356594472363047;
                    } else {
                      result[0] += 5.0266075602810073e-05;
                    }
                  } else {
                    result[0] += -3.517080460928924e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                    result[0] += -4.5227683099174664e-05;
                  } else {
                    result[0] += -3.517080460928924e-05;
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                    result[0] += 0.00017511162266037217;
                  } else {
                    result[0] += 0.0001170215270773029;
                  }
                } else {
                  result[0] += -3.517080460928924e-05;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.00018572356750200486;
              } else {
                result[0] += -3.517080460928924e-05;
              }
            }
          } else {
            result[0] += -0.00018572356750200486;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.00016298258817945967;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00012814100960046362;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -4.426779636909664e-05;
                  } else {
                    result[0] += -1.7847844439760928e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += -0.00018572356750200486;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                    result[0] += -1.7847844439760928e-05;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                      result[0] += -0.0001111717367142615;
                    } else {
                      result[0] += -0.00014864408701063936;
                    }
                  }
                } else {
                  result[0] += -1.7847844439760928e-05;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0004071754219395192;
                  } else {
                    result[0] += 0.00015575899228469905;
                  }
                } else {
                  result[0] += 0.0005152375450822344;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                    result[0] += 0.00015575899228469905;
                  } else {
                    result[0] += 0.00014660237817647689;
                  }
                } else {
                  result[0] += 0.0002037048057207573;
                }
              }
            } else {
              result[0] += -1.7847844439760928e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          result[0] += -0.00026648876992614514;
        } else {
          result[0] += -0.00018572356750200486;
        }
      }
    } else {
      result[0] += -0.0010447736512757325;
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.00027157129279028634;
          } else {
            result[0] += 0.0002480652609515429;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.0002480652609515429;
            } else {
              result[0] += 0.00012538240422114478;
            }
          } else {
            result[0] += 0.00013424944779429854;
          }
        }
      } else {
        result[0] += 0.00012538240422114478;
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
          result[0] += 1.6484815698482372e-05;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += -0.00014526415797245937;
            } else {
              result[0] += -0.00045827550644061775;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
                result[0] += 1.6484815698482372e-05;
              } else {
                result[0] += -0.0001711871815970067;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.0004111364700696896;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                    result[0] += -0.0001711871815970067;
                  } else {
                    result[0] += -0.0002562588473395103;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                      result[0] += -0.0005216826861121474;
                    } else {
                      result[0] += -0.0003898970907170717;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                      result[0] += -0.0005666705446340782;
                    } else {
                      result[0] += -0.0005186471326680383;
                    }
                  }
                } else {
                  result[0] += -0.0011613166948420551;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                result[0] += 1.6484815698482372e-05;
              } else {
                result[0] += -2.4821137426237028e-05;
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += 1.6484815698482372e-05;
                } else {
                  result[0] += 7.573517353768939e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
                        result[0] += 6.0539351446962296e-05;
                      } else {
                        result[0] += 1.5673156391201164e-05;
                      }
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                        result[0] += 8.337992889686877e-05;
                      } else {
                        result[0] += 2.3462838268323218e-05;
                      }
                    }
                  } else {
                    result[0] += -2.4821137426237028e-05;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                    result[0] += 0.00011425821156961772;
                  } else {
                    result[0] += 0.00012538240422114478;
                  }
                }
              }
            }
          } else {
            result[0] += -6.913880615885788e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            result[0] += 0.00012538240422114478;
          } else {
            result[0] += -6.913880615885788e-05;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -6.326243131994011e-05;
          } else {
            result[0] += 3.715270348497116e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -6.326243131994011e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              result[0] += -3.7301654275642244e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += -4.2930650745905105e-06;
              } else {
                result[0] += 3.715270348497116e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0027483669801947087;
          } else {
            result[0] += -0.001334076696065139;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.0003594275273624863;
            } else {
              result[0] += -0.00020214867677444535;
            }
          } else {
            result[0] += -4.139176815566291e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 9.823363759824125e-05;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
            result[0] += -5.559164774244858e-06;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0001821929634067135;
            } else {
              result[0] += -0.00020433071545123327;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 9.823363759824125e-05;
            } else {
              result[0] += 0.00011533137787451656;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
                result[0] += -5.559164774244858e-06;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -0.00013428383964907647;
                  } else {
                    result[0] += -5.3196169318108596e-05;
                  }
                } else {
                  result[0] += -0.0001821929634067135;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -5.559164774244858e-06;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                      result[0] += -4.7350049993082366e-06;
                    } else {
                      result[0] += -5.898497562189688e-05;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                      result[0] += -5.559164774244858e-06;
                    } else {
                      result[0] += 3.151294327550466e-05;
                    }
                  } else {
                    result[0] += 6.861409348015242e-05;
                  }
                }
              } else {
                result[0] += -8.863987706069487e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 9.823363759824125e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                    result[0] += 0.0001550744155019606;
                  } else {
                    result[0] += 6.861409348015242e-05;
                  }
                } else {
                  result[0] += 0.00016760305610739602;
                }
              } else {
                result[0] += -8.863987706069487e-05;
              }
            }
          } else {
            result[0] += -8.863987706069487e-05;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += 6.418483239117216e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -6.434867796059499e-05;
                } else {
                  result[0] += 1.1110869599898877e-05;
                }
              } else {
                result[0] += -6.434867796059499e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += 6.418483239117216e-05;
            } else {
              result[0] += -3.131570249729155e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += -7.883327064592862e-05;
            } else {
              result[0] += 6.418483239117216e-05;
            }
          } else {
            result[0] += -7.883327064592862e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00022412321056288775;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.0001171890322686737;
              } else {
                result[0] += 0.00014747832530145064;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += 6.418483239117216e-05;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  result[0] += 8.121487742301228e-05;
                } else {
                  result[0] += 0.00014747832530145064;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += 8.121487742301228e-05;
                } else {
                  result[0] += 6.418483239117216e-05;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00031229815582499985;
            } else {
              result[0] += 0.0005765697346217768;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                result[0] += 0.0002168174564292669;
              } else {
                result[0] += 0.00014747832530145064;
              }
            } else {
              result[0] += 0.0002168174564292669;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.00017237255729922983;
            } else {
              result[0] += -8.210097361612434e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.0003978311933394189;
            } else {
              result[0] += -8.913609638265687e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            result[0] += -0.0005275947443559039;
          } else {
            result[0] += -0.0003978311933394189;
          }
        }
      } else {
        result[0] += 9.21602350734036e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -3.9620867191282464e-05;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 5.127963984862452e-05;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                      result[0] += -1.7050665183418754e-05;
                    } else {
                      result[0] += -2.753588481890887e-05;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                    result[0] += 0.0001539201125720836;
                  } else {
                    result[0] += 0.00010162095904091464;
                  }
                } else {
                  result[0] += -2.753588481890887e-05;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.00016308779917037497;
              } else {
                result[0] += -2.753588481890887e-05;
              }
            }
          } else {
            result[0] += -0.00016308779917037497;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.00013766942662006562;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -9.898871344556908e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    result[0] += -3.248843449762779e-05;
                  } else {
                    result[0] += -1.1992556460718095e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += -0.00016308779917037497;
              } else {
                result[0] += -1.1992556460718095e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0004018579886926371;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                    result[0] += 0.00012275658982402292;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += -1.1992556460718095e-05;
                    } else {
                      result[0] += 0.00012275658982402292;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                    result[0] += 0.0004018579886926371;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                        result[0] += 0.00017597141980967555;
                      } else {
                        result[0] += 0.00012275658982402292;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
                        result[0] += 0.00017879423573885847;
                      } else {
                        result[0] += 0.00012275658982402292;
                      }
                    }
                  }
                }
              }
            } else {
              result[0] += -1.1992556460718095e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          result[0] += -0.00023080569110877575;
        } else {
          result[0] += -0.00016308779917037497;
        }
      }
    } else {
      result[0] += -0.0009366932223185478;
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
        result[0] += 0.00023355252775515502;
      } else {
        result[0] += 0.0001751343066244413;
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          result[0] += 1.524314838690189e-05;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                result[0] += -0.00016139686920205954;
              } else {
                result[0] += -0.0002106040752612461;
              }
            } else {
              result[0] += -0.0004433675300716162;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
              result[0] += 1.524314838690189e-05;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)91.50000000000001421) ) ) {
                  result[0] += -0.00021294444655632996;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
                    result[0] += -0.0002962378220006998;
                  } else {
                    result[0] += -0.0003570879839965532;
                  }
                }
              } else {
                result[0] += -0.00047772035928339486;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
                  result[0] += 0.0001751343066244413;
                } else {
                  result[0] += 9.534811149661894e-05;
                }
              } else {
                result[0] += 0.0001751343066244413;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 5.9115146423118936e-05;
                } else {
                  result[0] += 1.524314838690189e-05;
                }
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                    result[0] += 9.534811149661894e-05;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                      result[0] += 1.524314838690189e-05;
                    } else {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                        result[0] += 9.534811149661894e-05;
                      } else {
                        result[0] += 4.062841817728535e-05;
                      }
                    }
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                    result[0] += 8.32037942258456e-05;
                  } else {
                    result[0] += 9.534811149661894e-05;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.00019866840318042626;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                      result[0] += -9.28810885374366e-05;
                    } else {
                      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                        result[0] += 1.524314838690189e-05;
                      } else {
                        result[0] += -4.699087468452799e-05;
                      }
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                      result[0] += -9.28810885374366e-05;
                    } else {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                        result[0] += -9.28810885374366e-05;
                      } else {
                        result[0] += -0.00019866840318042626;
                      }
                    }
                  }
                } else {
                  result[0] += 1.524314838690189e-05;
                }
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.00019866840318042626;
              } else {
                result[0] += -0.0002465022466232999;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
            result[0] += 0.0001751343066244413;
          } else {
            result[0] += 9.534811149661894e-05;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -5.422093064343021e-05;
          } else {
            result[0] += 3.322223103062336e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -5.422093064343021e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += -3.181021251398737e-05;
                } else {
                  result[0] += -2.967168598227227e-05;
                }
              } else {
                result[0] += -2.1945137186997677e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += -1.7433932536013249e-06;
              } else {
                result[0] += 3.322223103062336e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.002449654778103125;
          } else {
            result[0] += -0.0011824764178196621;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.00030903483990619545;
            } else {
              result[0] += -0.0001786428866959605;
            }
          } else {
            result[0] += -3.505594786749318e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 8.984035967600432e-05;
        } else {
          result[0] += 0.00016681333456764673;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)39.50000000000000711) ) ) {
            result[0] += -2.7363583781262013e-06;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
                  result[0] += -2.7363583781262013e-06;
                } else {
                  result[0] += -0.00015949150305682034;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                  result[0] += -0.0003081109340152088;
                } else {
                  result[0] += -0.00037987368908796895;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.00013431631594003153;
                } else {
                  result[0] += -0.00013032420895931613;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
                  result[0] += -2.7363583781262013e-06;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                    result[0] += -6.811207169831902e-05;
                  } else {
                    result[0] += -0.00013032420895931613;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                  result[0] += -2.7363583781262013e-06;
                } else {
                  result[0] += -2.2840820755157314e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += 1.8788342517427168e-05;
                } else {
                  result[0] += 2.2850580257899096e-05;
                }
              }
            } else {
              result[0] += -7.211238096097661e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 8.158791355028353e-05;
              } else {
                result[0] += 0.00011373515987755509;
              }
            } else {
              result[0] += -7.211238096097661e-05;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += 5.5535089329289384e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -5.5405015460811954e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    result[0] += -8.938021798948637e-06;
                  } else {
                    result[0] += 9.542559347155144e-06;
                  }
                }
              } else {
                result[0] += -5.5405015460811954e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                result[0] += 5.9084098527706216e-05;
              } else {
                result[0] += 5.5535089329289384e-05;
              }
            } else {
              result[0] += 2.4414443469138712e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += -6.901712289859194e-05;
            } else {
              result[0] += 5.5535089329289384e-05;
            }
          } else {
            result[0] += -6.901712289859194e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                result[0] += 0.0001027014199693049;
              } else {
                result[0] += 5.5535089329289384e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 0.00012094387567320822;
              } else {
                result[0] += 0.00014255979363121088;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              result[0] += 5.5535089329289384e-05;
            } else {
              result[0] += 6.928977078022435e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.0002626398805864036;
            } else {
              result[0] += 0.0005010180250254309;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00014255979363121088;
            } else {
              result[0] += 0.0001843063880296379;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.00013392606892227794;
            } else {
              result[0] += -6.959882471905872e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.00032864522273228316;
            } else {
              result[0] += -7.461322801844032e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            result[0] += -0.0004484965457206886;
          } else {
            result[0] += -0.00032864522273228316;
          }
        }
      } else {
        result[0] += 7.719337323369148e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -4.879604494883465e-05;
          } else {
            result[0] += 2.9901057574554533e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -4.879604494883465e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += -2.8628230019837607e-05;
                } else {
                  result[0] += -2.6703682771600124e-05;
                }
              } else {
                result[0] += -1.9750166257445733e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += -1.5690508370429539e-06;
              } else {
                result[0] += 2.9901057574554533e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0021989956497148223;
          } else {
            result[0] += -0.0010629012284150692;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.0002780406343546907;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += -0.0001607482829759376;
              } else {
                result[0] += -0.00011634876455842124;
              }
            }
          } else {
            result[0] += -3.15393321012257e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
          result[0] += -3.566514663705724e-06;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += -3.566514663705724e-06;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                  result[0] += -0.00011021784737136691;
                } else {
                  result[0] += -0.00016574339106749302;
                }
              } else {
                result[0] += -0.00029522086630987936;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                result[0] += -0.0001527066817187197;
              } else {
                result[0] += -0.00017604535283297583;
              }
            } else {
              result[0] += -0.00038535965938842016;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -3.5025154771506257e-07;
            } else {
              result[0] += 7.878783661469227e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                result[0] += -3.566514663705724e-06;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += -1.5850171278898223e-06;
                } else {
                  result[0] += -6.887846962792312e-07;
                }
              }
            } else {
              result[0] += -3.627514087324299e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 6.0630770526445587e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                      result[0] += 0.00012821864454715793;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                        result[0] += 0.00010947080112726799;
                      } else {
                        result[0] += 7.08919596903837e-05;
                      }
                    }
                  } else {
                    result[0] += -6.887846962792312e-07;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                    result[0] += 0.00014646053510671448;
                  } else {
                    result[0] += 0.00012708896257952886;
                  }
                }
              } else {
                result[0] += -3.627514087324299e-05;
              }
            }
          } else {
            result[0] += -3.627514087324299e-05;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += 4.997961595756914e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -4.9033180811952436e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    result[0] += -8.044143873526387e-06;
                  } else {
                    result[0] += 8.588389399193837e-06;
                  }
                }
              } else {
                result[0] += -4.9033180811952436e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                result[0] += 5.317900485981741e-05;
              } else {
                result[0] += 4.997961595756914e-05;
              }
            } else {
              result[0] += 2.1973044983838153e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              result[0] += -6.211088641574972e-05;
            } else {
              result[0] += 4.997961595756914e-05;
            }
          } else {
            result[0] += -6.211088641574972e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)108649.5000000000146) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                result[0] += 9.244129907775481e-05;
              } else {
                result[0] += 4.997961595756914e-05;
              }
            } else {
              result[0] += 0.000126814357929151;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              result[0] += 4.997961595756914e-05;
            } else {
              result[0] += 6.236535649052183e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00023644141721725445;
            } else {
              result[0] += 0.00045115475589752036;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.000126814357929151;
            } else {
              result[0] += 0.00016590802175373703;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.0002916297501888559;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += -0.0001334202776197911;
            } else {
              result[0] += -8.334993031684395e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            result[0] += -0.0004034558720772629;
          } else {
            result[0] += -0.00023483813035741504;
          }
        }
      } else {
        result[0] += 6.896562955471562e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                  result[0] += 2.035091508337685e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                    result[0] += -1.2765455257998779e-05;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                      result[0] += 3.102498993976305e-06;
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                        result[0] += 7.673629139399886e-06;
                      } else {
                        result[0] += 9.940205397132363e-06;
                      }
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  result[0] += 2.035091508337685e-05;
                } else {
                  result[0] += 6.184549927953429e-05;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                result[0] += -0.0001423347350609454;
              } else {
                result[0] += -1.2765455257998779e-05;
              }
            }
          } else {
            result[0] += -0.0001423347350609454;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -6.760723025072551e-05;
              } else {
                result[0] += -1.0662184654709552e-05;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                result[0] += -0.0001423347350609454;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                      result[0] += -8.774639762010471e-05;
                    } else {
                      result[0] += -7.719865183288312e-05;
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                      result[0] += -1.0662184654709552e-05;
                    } else {
                      result[0] += -7.719865183288312e-05;
                    }
                  }
                } else {
                  result[0] += -1.0662184654709552e-05;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.00018593761746350468;
              } else {
                result[0] += 0.0001501643594437349;
              }
            } else {
              result[0] += -1.0662184654709552e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          result[0] += -0.0001957863776781475;
        } else {
          result[0] += -0.0001423347350609454;
        }
      }
    } else {
      result[0] += -0.0008379852925741694;
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.00017558328628767433;
          } else {
            result[0] += 0.00020542675757412386;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.00013354238171445164;
          } else {
            result[0] += 0.00010020483926382817;
          }
        }
      } else {
        result[0] += 0.00010020483926382817;
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
          result[0] += -1.944890358696433e-06;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -4.71136131645742e-05;
              } else {
                result[0] += -1.546018204322586e-05;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -4.71136131645742e-05;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  result[0] += -4.670628504423887e-05;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                      result[0] += -0.0002799332658119905;
                    } else {
                      result[0] += -0.0003216482300588241;
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                      result[0] += -0.0004083813297317964;
                    } else {
                      result[0] += -0.0006194627994546766;
                    }
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -2.1787304704579758e-05;
              } else {
                result[0] += -1.546018204322586e-05;
              }
            } else {
              result[0] += -4.71136131645742e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 0.00010020483926382817;
              } else {
                result[0] += 8.024826734096598e-05;
              }
            } else {
              result[0] += -1.546018204322586e-05;
            }
          } else {
            result[0] += 0.00010020483926382817;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
                result[0] += 8.024826734096598e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                  result[0] += -6.310891806184427e-06;
                } else {
                  result[0] += -1.546018204322586e-05;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  result[0] += -1.944890358696433e-06;
                } else {
                  result[0] += 1.8228288735090598e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                    result[0] += 2.8219454156061955e-05;
                  } else {
                    result[0] += 4.7979699600117254e-05;
                  }
                } else {
                  result[0] += 0.00010020483926382817;
                }
              }
            }
          } else {
            result[0] += -1.546018204322586e-05;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -4.1563308004100965e-05;
          } else {
            result[0] += 2.484105138654068e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -4.1563308004100965e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += -2.3751040466390686e-05;
              } else {
                result[0] += -1.882371693874073e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += -2.6010916345364225e-06;
              } else {
                result[0] += 2.484105138654068e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.001959994051361902;
          } else {
            result[0] += -0.0009411699811622328;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.00023589506947498687;
            } else {
              result[0] += -0.0001303958899729209;
            }
          } else {
            result[0] += -2.656856516403968e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 6.625369230118738e-05;
        } else {
          result[0] += 0.00013031569737827816;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
            result[0] += -3.778204388650857e-06;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)39.50000000000000711) ) ) {
                result[0] += -3.778204388650857e-06;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                  result[0] += -0.00011479918103616662;
                } else {
                  result[0] += -0.00017049549714584326;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                result[0] += -0.00011214653608994745;
              } else {
                result[0] += -0.000335146026341103;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                    result[0] += -3.778204388650857e-06;
                  } else {
                    result[0] += -6.809255017359428e-06;
                  }
                } else {
                  result[0] += -1.7677974891044452e-05;
                }
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -3.778204388650857e-06;
                } else {
                  result[0] += 5.119099982506564e-05;
                }
              }
            } else {
              result[0] += -4.363932432384536e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 5.810151421258411e-05;
              } else {
                result[0] += 8.999660063789544e-05;
              }
            } else {
              result[0] += -4.363932432384536e-05;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += 4.088904973539753e-05;
            } else {
              result[0] += -2.678254916950489e-05;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                  result[0] += 5.7043411902099535e-05;
                } else {
                  result[0] += 4.088904973539753e-05;
                }
              } else {
                result[0] += 6.094738881376174e-05;
              }
            } else {
              result[0] += 4.088904973539753e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += -5.069921979854415e-05;
              } else {
                result[0] += 4.088904973539753e-05;
              }
            } else {
              result[0] += -5.069921979854415e-05;
            }
          } else {
            result[0] += 4.088904973539753e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += 0.0001270171706271103;
              } else {
                result[0] += 0.0003237771632911992;
              }
            } else {
              result[0] += 0.0001270171706271103;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.0003237771632911992;
            } else {
              result[0] += 0.0003948341651848425;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            result[0] += 6.094738881376174e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                result[0] += 0.00014191377627037664;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                  result[0] += 0.00011021565571338107;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                    result[0] += 8.192043378687158e-05;
                  } else {
                    result[0] += 7.571168924354514e-05;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                result[0] += 0.00015543040414182227;
              } else {
                result[0] += 0.00013683855633610283;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.00025601992766578345;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += -0.00011622367144142679;
            } else {
              result[0] += -7.430015906137143e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
            result[0] += -0.00034766459774682114;
          } else {
            result[0] += -0.00020946350114100446;
          }
        }
      } else {
        result[0] += 7.571168924354514e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += -1.0419660954611805e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -9.200909911072959e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
                  result[0] += 2.637849512115041e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                      result[0] += -9.148241973951915e-05;
                    } else {
                      result[0] += -1.0419660954611805e-05;
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                        result[0] += 1.7352120603157292e-05;
                      } else {
                        result[0] += 2.637849512115041e-05;
                      }
                    } else {
                      result[0] += -1.0419660954611805e-05;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += 2.637849512115041e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    result[0] += 5.4823508493504505e-05;
                  } else {
                    result[0] += 0.00010345339148342406;
                  }
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -9.33893371153679e-05;
          } else {
            result[0] += -1.0419660954611805e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          result[0] += -9.33893371153679e-05;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0001732165525920032;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.0001268420252279312;
            } else {
              result[0] += -0.00011368417558172385;
            }
          }
        }
      }
    } else {
      result[0] += -0.0007519747219570617;
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += 0.00014504242723065364;
        } else {
          result[0] += 0.000177518154449668;
        }
      } else {
        result[0] += 0.0001146045186087499;
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          result[0] += 8.611854083322901e-06;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
              result[0] += -0.00010136114447170452;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                result[0] += -0.00015158668274886853;
              } else {
                result[0] += -0.0003083315406857982;
              }
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
              result[0] += 8.611854083322901e-06;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)91.50000000000001421) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)87.50000000000001421) ) ) {
                    result[0] += -0.0001710264428804806;
                  } else {
                    result[0] += -0.00019474519309552088;
                  }
                } else {
                  result[0] += -0.00025182457180375283;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
                      result[0] += -0.00029667141992055675;
                    } else {
                      result[0] += -0.00030218973617738654;
                    }
                  } else {
                    result[0] += -0.0003071325514524718;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                      result[0] += -0.0003435366466275518;
                    } else {
                      result[0] += -0.00036576638542959287;
                    }
                  } else {
                    result[0] += -0.0003768386083272659;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 8.453750355644972e-05;
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 8.611854083322901e-06;
                } else {
                  result[0] += 1.4106321709042601e-05;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
                result[0] += 8.453750355644972e-05;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
                    result[0] += 5.612136520275963e-05;
                  } else {
                    result[0] += 8.611854083322901e-06;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    result[0] += 5.612136520275963e-05;
                  } else {
                    result[0] += 3.576954523750201e-05;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.00015158668274886853;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -5.569334257486383e-05;
                  } else {
                    result[0] += -6.359998622747177e-05;
                  }
                }
              } else {
                result[0] += 8.611854083322901e-06;
              }
            } else {
              result[0] += -0.00015158668274886853;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
            result[0] += 0.0001146045186087499;
          } else {
            result[0] += 5.612136520275963e-05;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -3.604072459178517e-05;
          } else {
            result[0] += 2.339926248191076e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -3.604072459178517e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += -2.0289686628853487e-05;
              } else {
                result[0] += -1.5898872548025273e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += -1.2989917432325944e-06;
              } else {
                result[0] += 2.339926248191076e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0017508456827639099;
          } else {
            result[0] += -0.0008367943569875539;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.0002028943904379135;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += -0.00010799067011131846;
              } else {
                result[0] += -9.06399705684783e-05;
              }
            }
          } else {
            result[0] += -2.274685981375134e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 4.9207410055428847e-05;
        } else {
          result[0] += 0.00010503255228017165;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += -5.353980661320352e-06;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += -5.353980661320352e-06;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                    result[0] += -7.129096678212987e-05;
                  } else {
                    result[0] += -0.00011118627510559541;
                  }
                } else {
                  result[0] += -0.00022387380051837663;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                  result[0] += -0.00011284086868294866;
                } else {
                  result[0] += -0.00012099252979868035;
                }
              } else {
                result[0] += -0.00027740815453629233;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -5.353980661320352e-06;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -5.353980661320352e-06;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                      result[0] += 5.577221675105343e-06;
                    } else {
                      result[0] += 1.409573584531834e-05;
                    }
                  } else {
                    result[0] += 3.786391430737098e-05;
                  }
                }
              }
            } else {
              result[0] += -2.1071565219680764e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += 4.9207410055428847e-05;
            } else {
              result[0] += -2.1071565219680764e-05;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 6.240279692690813e-05;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              result[0] += 1.7533715081638454e-05;
            } else {
              result[0] += -0.00012289201462049212;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += 1.7533715081638454e-05;
              } else {
                result[0] += 1.4197473060262834e-06;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                result[0] += 3.507100980875412e-05;
              } else {
                result[0] += 1.7533715081638454e-05;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            result[0] += 6.240279692690813e-05;
          } else {
            result[0] += 7.477794431996357e-05;
          }
        } else {
          result[0] += 0.0001266584376782092;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.0001878144579728143;
        } else {
          result[0] += -0.00012289201462049212;
        }
      } else {
        result[0] += 6.240279692690813e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -3.24354186382201e-05;
          } else {
            result[0] += 2.105985657197027e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -3.24354186382201e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += -1.82603271066597e-05;
              } else {
                result[0] += -1.4308743865998874e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += -1.1690910473497187e-06;
              } else {
                result[0] += 2.105985657197027e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.001572851601116897;
          } else {
            result[0] += -0.0007524499962878427;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
              result[0] += -0.00018256585493193017;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += -9.718052299825247e-05;
              } else {
                result[0] += -8.156817253603024e-05;
              }
            }
          } else {
            result[0] += -2.046453047572774e-05;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 3.6911614896513445e-08;
          } else {
            result[0] += 4.5884877453957796e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
              result[0] += -5.1196531081114975e-06;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                  result[0] += -5.1196531081114975e-06;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                      result[0] += -6.415704432819803e-05;
                    } else {
                      result[0] += -0.00010005599057590193;
                    }
                  } else {
                    result[0] += -0.00020143891833821552;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                    result[0] += -0.0001015446852307604;
                  } else {
                    result[0] += -0.00010887937783564154;
                  }
                } else {
                  result[0] += -0.0002495941790707347;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -5.1196531081114975e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                    result[0] += -3.1636611955922995e-06;
                  } else {
                    result[0] += -2.8027879042018944e-06;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -5.1196531081114975e-06;
                } else {
                  result[0] += 3.6911614896513445e-08;
                }
              }
            } else {
              result[0] += -1.8963987028855652e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 2.7865509970209733e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 5.2161880245297765e-05;
            } else {
              result[0] += 8.526772293845402e-05;
            }
          }
        } else {
          result[0] += -1.8963987028855652e-05;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 5.540631521399743e-05;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
              result[0] += 1.562820250770094e-05;
            } else {
              result[0] += -0.00011015088390801702;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += 1.562820250770094e-05;
              } else {
                result[0] += 1.277772711858095e-06;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                result[0] += 3.1565076744614204e-05;
              } else {
                result[0] += 1.562820250770094e-05;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            result[0] += 5.540631521399743e-05;
          } else {
            result[0] += 6.730546193194043e-05;
          }
        } else {
          result[0] += 0.00011400784132218482;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.00016899954568481068;
        } else {
          result[0] += -0.00011015088390801702;
        }
      } else {
        result[0] += 5.540631521399743e-05;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -3.9465569751394205e-05;
          } else {
            result[0] += 1.8954292526734046e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -3.9465569751394205e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -2.6152252500213324e-05;
                } else {
                  result[0] += -1.753624898518445e-05;
                }
              } else {
                result[0] += -8.146197682290716e-06;
              }
            }
          } else {
            result[0] += 1.349975059414489e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                result[0] += -0.0005983707415884842;
              } else {
                result[0] += -0.0014132181742507043;
              }
            } else {
              result[0] += -0.0005983707415884842;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += -1.753624898518445e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                  result[0] += -0.0005983707415884842;
                } else {
                  result[0] += -0.0005532218981268048;
                }
              } else {
                result[0] += -0.0002531534619352306;
              }
            }
          }
        } else {
          result[0] += -1.753624898518445e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 3.3220443067301553e-08;
          } else {
            result[0] += 4.1050122944571836e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
              result[0] += -4.322025430116482e-06;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -8.255736559660433e-05;
              } else {
                result[0] += -9.704177079105596e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
                  result[0] += -2.1414233587321183e-06;
                } else {
                  result[0] += -3.0395707683886687e-05;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -2.1414233587321183e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                    result[0] += -2.1414233587321183e-06;
                  } else {
                    result[0] += 3.3220443067301553e-08;
                  }
                }
              }
            } else {
              result[0] += -3.0395707683886687e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 2.5079698926858495e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 4.694827916825708e-05;
            } else {
              result[0] += 7.674785445824056e-05;
            }
          }
        } else {
          result[0] += -3.0395707683886687e-05;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 5.282985112872756e-05;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -5.264771137939293e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              result[0] += 1.1051431122609178e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                  result[0] += 1.7780298619792772e-05;
                } else {
                  result[0] += 1.8380902967808208e-05;
                }
              } else {
                result[0] += 2.4950579299195836e-05;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 5.282985112872756e-05;
        } else {
          result[0] += 9.909104707974943e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0003586577470513926;
            } else {
              result[0] += -0.00026977496470614583;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.00017646151005618158;
            } else {
              result[0] += -0.00017190973116463373;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0007287675333119062;
          } else {
            result[0] += -0.0002743674979556547;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
          result[0] += 1.1051431122609178e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += -0.0001128039423430125;
          } else {
            result[0] += 1.1051431122609178e-05;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.5843651325214978e-05;
          } else {
            result[0] += 1.705920508456305e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -3.551752914396844e-05;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -2.353636795361428e-05;
                } else {
                  result[0] += -1.5843651325214978e-05;
                }
              } else {
                result[0] += -7.331513660851624e-06;
              }
            }
          } else {
            result[0] += 1.1702347549226761e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0006190995701685151;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0004537557363664382;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -0.00032729972475545414;
              } else {
                result[0] += -0.00030907615859047943;
              }
            }
          }
        } else {
          result[0] += -1.5843651325214978e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += -4.233800715770602e-06;
        } else {
          result[0] += 8.578597708665524e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += -4.233800715770602e-06;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += -4.233800715770602e-06;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                    result[0] += -4.947726903911759e-05;
                  } else {
                    result[0] += -8.17779520987648e-05;
                  }
                } else {
                  result[0] += -0.00017298608805141883;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                  result[0] += -8.216879454124863e-05;
                } else {
                  result[0] += -8.826696387967945e-05;
                }
              } else {
                result[0] += -0.00021485009247396763;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -4.233800715770602e-06;
            } else {
              result[0] += 6.977010411389934e-08;
            }
          } else {
            result[0] += -1.3231828062018693e-05;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 7.069015096232069e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -4.738030616163836e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -2.8333118447258478e-06;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  result[0] += 1.231043761268827e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                      result[0] += 1.6002569546227858e-05;
                    } else {
                      result[0] += 1.654313375976968e-05;
                    }
                  } else {
                    result[0] += 2.2456113878826792e-05;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                result[0] += 3.214191531288166e-05;
              } else {
                result[0] += 4.128852071116563e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 5.1065078502092684e-05;
              } else {
                result[0] += 5.265902655397095e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0003226698202100863;
              } else {
                result[0] += -0.00024272833881896867;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.000158785783710907;
              } else {
                result[0] += -0.00015469068853179714;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0006553864475503861;
            } else {
              result[0] += -0.0002468592445432582;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            result[0] += 1.231043761268827e-05;
          } else {
            result[0] += -9.107762024981701e-05;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        result[0] += 7.069015096232069e-05;
      } else {
        result[0] += 0.00012520326894511957;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.4701226940420002e-05;
          } else {
            result[0] += 1.535355976211709e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -1.4701226940420002e-05;
            } else {
              result[0] += -1.2954944066060405e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 5.537905070467029e-07;
            } else {
              result[0] += 1.535355976211709e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0012073235864125378;
          } else {
            result[0] += -0.0005739996692650243;
          }
        } else {
          result[0] += -1.4701226940420002e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 4.5327763336225485e-07;
          } else {
            result[0] += 3.6912964160589124e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)39.50000000000000711) ) ) {
              result[0] += -2.923659527113909e-06;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
                    result[0] += -2.923659527113909e-06;
                  } else {
                    result[0] += -0.00011381227059989376;
                  }
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                    result[0] += -0.00024229565014033833;
                  } else {
                    result[0] += -0.00028445647321862167;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                  result[0] += -7.746810929245768e-05;
                } else {
                  result[0] += -7.887905463212821e-05;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -2.923659527113909e-06;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                    result[0] += -2.135897156877237e-07;
                  } else {
                    result[0] += 4.5327763336225485e-07;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -2.923659527113909e-06;
                } else {
                  result[0] += 4.5327763336225485e-07;
                }
              }
            } else {
              result[0] += -3.947971365074386e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 2.305126768528776e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 4.217623410317669e-05;
            } else {
              result[0] += 6.9006756499805e-05;
            }
          }
        } else {
          result[0] += -3.947971365074386e-05;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 7.085528553401012e-05;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += 1.723601269673036e-05;
              } else {
                result[0] += 1.4330833488128954e-05;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -7.314644481816622e-05;
              } else {
                result[0] += 1.4330833488128954e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              result[0] += 1.723601269673036e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                    result[0] += 2.892870423037041e-05;
                  } else {
                    result[0] += 3.716128758424718e-05;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 4.596104888829872e-05;
                    } else {
                      result[0] += 4.739575758038816e-05;
                    }
                  } else {
                    result[0] += 5.025165759648697e-05;
                  }
                }
              } else {
                result[0] += 1.723601269673036e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -7.428276428646354e-05;
        } else {
          result[0] += -7.314644481816622e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        result[0] += 7.085528553401012e-05;
      } else {
        result[0] += 0.00011269783725255047;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -1.34624959350397e-05;
        } else {
          result[0] += 1.3818426953066916e-05;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            result[0] += -1.34624959350397e-05;
          } else {
            result[0] += -1.1659290372723756e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
            result[0] += 4.984118136794573e-07;
          } else {
            result[0] += 1.3818426953066916e-05;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          result[0] += -0.0010852073095675427;
        } else {
          result[0] += -0.0005162867541549008;
        }
      } else {
        result[0] += -1.34624959350397e-05;
      }
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        result[0] += 4.3059806781994614e-05;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += 7.349667766371605e-05;
        } else {
          result[0] += 6.732760064133933e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
            result[0] += 8.005684988885183e-08;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -3.881552820702422e-05;
              } else {
                result[0] += -5.2194823782994756e-05;
              }
            } else {
              result[0] += -0.00014097709325082934;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 8.005684988885183e-08;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                  result[0] += 1.891178174006887e-05;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
                    result[0] += 8.005684988885183e-08;
                  } else {
                    result[0] += -1.9017147574617194e-05;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                    result[0] += 1.891178174006887e-05;
                  } else {
                    result[0] += -1.4668596896764064e-05;
                  }
                } else {
                  result[0] += 4.243211451320428e-05;
                }
              }
            }
          } else {
            result[0] += -1.9017147574617194e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 2.4939774421087793e-05;
          } else {
            result[0] += 4.243211451320428e-05;
          }
        } else {
          result[0] += 6.71812493436671e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -3.4219110229654044e-05;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            result[0] += 1.2436764790716248e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -1.8365285595376563e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += -1.195775450316452e-05;
                } else {
                  result[0] += -6.703539606821433e-06;
                }
              }
            } else {
              result[0] += 1.2436764790716248e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0004937233190636431;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0003731137725824962;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -0.00028761650577217873;
              } else {
                result[0] += -0.0002752536375915297;
              }
            }
          }
        } else {
          result[0] += -1.195775450316452e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
          result[0] += -4.364432523596572e-06;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.00042224189510970886;
            } else {
              result[0] += -0.00026081190245319367;
            }
          } else {
            result[0] += -4.364432523596572e-06;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          result[0] += 4.661272922916127e-05;
        } else {
          result[0] += -4.364432523596572e-06;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += 7.789261262987931e-05;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 6.059914709444328e-05;
        } else {
          result[0] += 1.3110322009313275e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
          result[0] += 9.381069907985054e-06;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -2.716494137106524e-05;
              } else {
                result[0] += -1.0255563183235543e-05;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                  result[0] += -2.716494137106524e-05;
                } else {
                  result[0] += -6.842734815497437e-05;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  result[0] += -1.7902299588869804e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                      result[0] += -0.00015307651715285706;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                          result[0] += -0.0002869240613357969;
                        } else {
                          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                            result[0] += -0.0003472932415604726;
                          } else {
                            result[0] += -0.0003488293495821061;
                          }
                        }
                      } else {
                        result[0] += -0.0005768569413890561;
                      }
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                        result[0] += -0.00013517265939929244;
                      } else {
                        result[0] += -0.0001470134145767264;
                      }
                    } else {
                      result[0] += -0.0002106316534691363;
                    }
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -1.6668164696504787e-05;
              } else {
                result[0] += -1.0255563183235543e-05;
              }
            } else {
              result[0] += -2.1124617131925884e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
                result[0] += 1.3110322009313275e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                  result[0] += 9.381069907985054e-06;
                } else {
                  result[0] += 1.3110322009313275e-05;
                }
              }
            } else {
              result[0] += -1.0255563183235543e-05;
            }
          } else {
            result[0] += 1.3110322009313275e-05;
          }
        } else {
          result[0] += -1.0255563183235543e-05;
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.0963916031746614e-05;
          } else {
            result[0] += 1.1193236275785932e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -1.0963916031746614e-05;
            } else {
              result[0] += -9.297337969805224e-06;
            }
          } else {
            result[0] += 6.0652436282029544e-06;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            result[0] += -0.0009257267085701812;
          } else {
            result[0] += -0.0004290883935486496;
          }
        } else {
          result[0] += -1.0963916031746614e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -2.767648242065272e-06;
          } else {
            result[0] += 2.7966524842373273e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -2.767648242065272e-06;
            } else {
              result[0] += -6.17046605063223e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
              result[0] += -2.767648242065272e-06;
            } else {
              result[0] += -2.767648242065272e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 1.623533425558247e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 3.233652974572787e-05;
            } else {
              result[0] += 5.661635129841507e-05;
            }
          }
        } else {
          result[0] += -2.767648242065272e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 5.7384049828529464e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -1.7500185869724043e-05;
            } else {
              result[0] += 9.435567495665293e-06;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += 2.303324546253972e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 3.042967663214966e-05;
              } else {
                result[0] += 3.5889207212512165e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0002338288635076913;
              } else {
                result[0] += -0.00017851397387917944;
              }
            } else {
              result[0] += -0.00012539674231953232;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0005188552215360528;
            } else {
              result[0] += -0.00020211005080355982;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            result[0] += 9.435567495665293e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              result[0] += -8.195477141942825e-05;
            } else {
              result[0] += 9.435567495665293e-06;
            }
          }
        }
      }
    } else {
      result[0] += 9.344974868077751e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 1.2575999500046302e-05;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -1.0529759725485911e-05;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.9299797309591304e-05;
            } else {
              result[0] += -3.3661625889807174e-05;
            }
          }
        }
      } else {
        result[0] += 1.494333392602777e-05;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -2.4908758920808653e-06;
          } else {
            result[0] += 2.4915240727260436e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -2.4908758920808653e-06;
            } else {
              result[0] += -5.5530577272321286e-05;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              result[0] += -2.4908758920808653e-06;
            } else {
              result[0] += -2.4908758920808653e-06;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 1.4612049749560113e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 2.9103871470148793e-05;
            } else {
              result[0] += 5.09577599791276e-05;
            }
          }
        } else {
          result[0] += -2.4908758920808653e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 5.1648773032163656e-05;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
            result[0] += 8.203550083190865e-06;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
              result[0] += 2.0730424000563568e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 2.738758887952549e-05;
              } else {
                result[0] += 3.230150974613655e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00021039398595213262;
              } else {
                result[0] += -0.00016063232376987058;
              }
            } else {
              result[0] += -0.00011284212716666927;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.00046671403718615993;
            } else {
              result[0] += -0.00018186025186369076;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            result[0] += 8.203550083190865e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              result[0] += -7.343307917590243e-05;
            } else {
              result[0] += 8.203550083190865e-06;
            }
          }
        }
      }
    } else {
      result[0] += 8.411307136088598e-05;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 1.131855111955406e-05;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            result[0] += -9.476678189664495e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -1.736945832786101e-05;
            } else {
              result[0] += -3.0294379403124384e-05;
            }
          }
        }
      } else {
        result[0] += 1.3449211209992844e-05;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
          result[0] += -3.258482350793021e-06;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.00037932051891879454;
            } else {
              result[0] += -0.00023413901973520914;
            }
          } else {
            result[0] += -3.258482350793021e-06;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          result[0] += 3.887003101904051e-05;
        } else {
          result[0] += -3.258482350793021e-06;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += 6.870845602554245e-05;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 4.359992050816746e-05;
        } else {
          result[0] += 1.2443373814701415e-06;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          result[0] += 1.2443373814701415e-06;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -3.231417567769117e-05;
          } else {
            result[0] += -0.000109099463537405;
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
          result[0] += 1.2443373814701415e-06;
        } else {
          result[0] += -1.253642849527864e-05;
        }
      }
    }
  }
}

