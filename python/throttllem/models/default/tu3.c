
#include "header.h"

void predict_unit3(union Entry* data, double* result) {
  unsigned int tmp;
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += -0.00020334123262016887;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                result[0] += -0.0009709539744894348;
              } else {
                result[0] += -0.001511359521773571;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                  result[0] += -0.00020334123262016887;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                    result[0] += -0.0006109810455218636;
                  } else {
                    result[0] += -0.00020334123262016887;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0007194949984534247;
                } else {
                  result[0] += -0.00034873752555162767;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0015806059058136213;
            } else {
              result[0] += -0.0007194949984534247;
            }
          } else {
            result[0] += -0.001987124744097638;
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                result[0] += 0.0027973442202230327;
              } else {
                result[0] += 0.0012452275709236664;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                result[0] += 0.0012373518370691573;
              } else {
                result[0] += 0.00046016936126355576;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.00020334123262016887;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                result[0] += 0.00013551932188206512;
              } else {
                result[0] += 0.00046016936126355576;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
              result[0] += -0.00020334123262016887;
            } else {
              result[0] += 0.00011799400716559466;
            }
          } else {
            result[0] += -0.0005890612638759454;
          }
        }
      }
    } else {
      result[0] += -0.004335477574546938;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                result[0] += 0.0006428372851036733;
              } else {
                result[0] += 0.0002765008586202467;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                result[0] += 0.00010263306087433202;
              } else {
                result[0] += -4.039207893544367e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
                result[0] += 0.00046676816314471887;
              } else {
                result[0] += 0.00023914644939029817;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 2.7350986532503236e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += 3.2277131080094366e-05;
                  } else {
                    result[0] += 0.00023914644939029817;
                  }
                }
              } else {
                result[0] += 0.00023914644939029817;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.000212466737268894;
                } else {
                  result[0] += -0.0004248655363567322;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                      result[0] += -4.039207893544367e-05;
                    } else {
                      result[0] += -0.000212466737268894;
                    }
                  } else {
                    result[0] += -4.039207893544367e-05;
                  }
                } else {
                  result[0] += -0.000212466737268894;
                }
              }
            } else {
              result[0] += -0.0004248655363567322;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                result[0] += 3.2277131080094366e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
                  result[0] += -0.0007327930952347084;
                } else {
                  result[0] += -0.0013807268576298323;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  result[0] += 0.00023914644939029817;
                } else {
                  result[0] += 0.0001672628029902344;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
                  result[0] += 0.00011720221490136647;
                } else {
                  result[0] += 1.1845610600900036e-05;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0009038668809766702;
              } else {
                result[0] += -0.001726931575147357;
              }
            } else {
              result[0] += -0.0009038668809766702;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0026329773974343765;
            } else {
              result[0] += -0.0016346153699478125;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0006739504392872005;
              } else {
                result[0] += -0.0004248655363567322;
              }
            } else {
              result[0] += 1.1845610600900036e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                result[0] += -0.0007029677447912342;
              } else {
                result[0] += -0.0009038668809766702;
              }
            } else {
              result[0] += -0.0013425937541422133;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 0.0006428372851036733;
          } else {
            result[0] += 0.0007970611615821842;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              result[0] += 0.00025295061709512743;
            } else {
              result[0] += 0.0003698729537008034;
            }
          } else {
            result[0] += 0.0005643727260895161;
          }
        }
      } else {
        result[0] += 0.00011720221490136647;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
        result[0] += -0.0008860281549709196;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
            result[0] += -0.0008860281549709196;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              result[0] += -0.001622302756868107;
            } else {
              result[0] += -0.00293732449468191;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
            result[0] += -0.0008860281549709196;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.0013976344190335267;
            } else {
              result[0] += -0.0024853944577315607;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                  result[0] += 0.003174209971529767;
                } else {
                  result[0] += 0.001409873827242322;
                }
              } else {
                result[0] += -0.00016560620115184797;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.0004750213272903601;
              } else {
                result[0] += -0.00016560620115184797;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              result[0] += -0.0008860281549709196;
            } else {
              result[0] += -0.00016560620115184797;
            }
          }
        } else {
          result[0] += -0.0008860281549709196;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                  result[0] += 0.0002772493701280083;
                } else {
                  result[0] += 0.00013657929410723686;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.0004384845978365889;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                      result[0] += 0.00013657929410723686;
                    } else {
                      result[0] += -0.00029388419398261416;
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
                          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                              result[0] += 0.00013657929410723686;
                            } else {
                              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                                result[0] += -0.0002249489570937339;
                              } else {
                                result[0] += 2.8420240682886967e-05;
                              }
                            }
                          } else {
                            result[0] += -0.00012475133830075477;
                          }
                        } else {
                          result[0] += 0.00013657929410723686;
                        }
                      } else {
                        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                          result[0] += -0.00029388419398261416;
                        } else {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                            result[0] += -0.00029388419398261416;
                          } else {
                            result[0] += -0.00012475133830075477;
                          }
                        }
                      }
                    } else {
                      result[0] += -0.00029388419398261416;
                    }
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += 0.0005393797253330712;
                    } else {
                      result[0] += 0.0003553493772242366;
                    }
                  } else {
                    result[0] += 0.0002518899411756208;
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.000654897658900798;
                  } else {
                    result[0] += 0.0004474495996951151;
                  }
                }
              } else {
                result[0] += 0.00013657929410723686;
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0007257088841687405;
            } else {
              result[0] += -0.0004384845978365889;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.001267225274597283;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0008675649519265505;
              } else {
                result[0] += -0.0004384845978365889;
              }
            }
          } else {
            result[0] += -0.001267225274597283;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              result[0] += 0.0005776693041737157;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -4.3537388196721655e-05;
              } else {
                result[0] += 0.00040092358685014733;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -4.3537388196721655e-05;
            } else {
              result[0] += 0.0002527216289693025;
            }
          }
        } else {
          result[0] += -4.3537388196721655e-05;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0004919444737794841;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
              result[0] += 0.00019973756105668564;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
                result[0] += 0.00019973756105668564;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += 3.039175280499814e-06;
                } else {
                  result[0] += 0.00016752205349720572;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0009260219940368776;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -0.0013420907635414607;
                } else {
                  result[0] += -0.0025595294425905944;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.00042234747742505413;
              } else {
                result[0] += -0.0007912501498949596;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
              result[0] += 3.039175280499814e-06;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -7.319553908965018e-05;
              } else {
                result[0] += -0.00042234747742505413;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
          result[0] += 0.0005843337756563855;
        } else {
          result[0] += 0.0003623072858146528;
        }
      } else {
        result[0] += 0.0006161710677040498;
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
        result[0] += -0.0007689470307800277;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
            result[0] += -0.0007689470307800277;
          } else {
            result[0] += -0.0016108470887694435;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
            result[0] += -0.0007808320613866684;
          } else {
            result[0] += -0.0012724669490120396;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                result[0] += 0.00021141298900817455;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                    result[0] += 8.62697513315066e-05;
                  } else {
                    result[0] += -0.00027589575508856536;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                      result[0] += -0.0005496138471054535;
                    } else {
                      result[0] += -0.0007689470307800277;
                    }
                  } else {
                    result[0] += -0.00027589575508856536;
                  }
                }
              }
            } else {
              result[0] += -0.0007689470307800277;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0003074592769102925;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                    result[0] += 0.00021141298900817455;
                  } else {
                    result[0] += -0.00013348991036604875;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += 0.0003885060968299221;
                } else {
                  result[0] += 0.0005975527285427298;
                }
              }
            } else {
              result[0] += -0.00013348991036604875;
            }
          }
        } else {
          result[0] += -0.0007689470307800277;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                  result[0] += 0.0003907672132083995;
                } else {
                  result[0] += 0.00014082011102092642;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.000391988925008163;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)8762.000000000001819) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                      result[0] += 0.00014082011102092642;
                    } else {
                      result[0] += -0.00014202067102059526;
                    }
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
                          result[0] += 0.00014082011102092642;
                        } else {
                          result[0] += -0.00014202067102059526;
                        }
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
                          result[0] += 0.00014082011102092642;
                        } else {
                          result[0] += -0.00024300822726557064;
                        }
                      }
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                          result[0] += -0.00014202067102059526;
                        } else {
                          result[0] += -0.00024300822726557064;
                        }
                      } else {
                        result[0] += -0.00027704001708437904;
                      }
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += 0.0003907672132083995;
                } else {
                  result[0] += 0.0005807079594965169;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  result[0] += 0.00014082011102092642;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                    result[0] += 0.0003907672132083995;
                  } else {
                    result[0] += 0.00014082011102092642;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0006450831233193926;
            } else {
              result[0] += -0.000391988925008163;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0011351681385405876;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0007480151788885838;
              } else {
                result[0] += -0.000391988925008163;
              }
            }
          } else {
            result[0] += -0.0011351681385405876;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            result[0] += 0.000365086971434773;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -5.270943007840866e-05;
            } else {
              result[0] += 0.000228330165123851;
            }
          }
        } else {
          result[0] += -5.270943007840866e-05;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)174.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.00044252017442784967;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
              result[0] += 0.0001781064789924288;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)295580.0000000000582) ) ) {
                result[0] += 0.0001781064789924288;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += -5.270943007840866e-05;
                } else {
                  result[0] += 0.00014207151857733227;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += -0.0010435413785301036;
              } else {
                result[0] += -0.002059553893388767;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                  result[0] += -0.000630941863234829;
                } else {
                  result[0] += -0.0003251386939231214;
                }
              } else {
                result[0] += -0.000904505513061257;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
                result[0] += -5.270943007840866e-05;
              } else {
                result[0] += -0.00017735093295802166;
              }
            } else {
              result[0] += -0.0004076508261644408;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
          result[0] += 0.00048630902800978024;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            result[0] += 0.00031060762627879365;
          } else {
            result[0] += -5.270943007840866e-05;
          }
        }
      } else {
        result[0] += 0.0005549147579536476;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
                result[0] += -0.00014659410082142662;
              } else {
                result[0] += -0.0007076890908768187;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                    result[0] += 0.00017852820054764016;
                  } else {
                    result[0] += -0.00014659410082142662;
                  }
                } else {
                  result[0] += -0.0006737510356849453;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    result[0] += 0.0003007850166265212;
                  } else {
                    result[0] += 0.0004963254808434565;
                  }
                } else {
                  result[0] += -0.0001383097751696281;
                }
              }
            }
          } else {
            result[0] += -0.0007076890908768187;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                result[0] += -4.0950364186660286e-05;
              } else {
                result[0] += -0.0007076890908768187;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.00022177864866129786;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
                      result[0] += 3.0355257106114403e-05;
                    } else {
                      result[0] += -4.0950364186660286e-05;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                      result[0] += -0.0006953505396220141;
                    } else {
                      result[0] += -0.0005280102727517293;
                    }
                  } else {
                    result[0] += -0.00026006876203479894;
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.000529330806814606;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                      result[0] += 0.0002596557632519626;
                    } else {
                      result[0] += 0.0005146816475383745;
                    }
                  }
                } else {
                  result[0] += -1.940325284205765e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0015567401447021331;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.0007076890908768187;
              } else {
                result[0] += -0.00055141813228813;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0015567401447021331;
          } else {
            result[0] += -0.0021894856534482783;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -0.0007076890908768187;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              result[0] += -0.0010732014875967446;
            } else {
              result[0] += -0.0007076890908768187;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        result[0] += -0.0030111816810319643;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
          result[0] += -0.0012470325725106824;
        } else {
          result[0] += -0.002226839943492639;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
        result[0] += 6.004916874261438e-05;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0027028851214782727;
                } else {
                  result[0] += 0.0022905590287112558;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)525.0000000000001137) ) ) {
                  result[0] += 0.0017806177095037352;
                } else {
                  result[0] += 0.0011980975173125836;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                  result[0] += 0.0010431518887108857;
                } else {
                  result[0] += 0.00059413571861476;
                }
              } else {
                result[0] += 0.00024644266237145324;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
              result[0] += 0.0001905005441741368;
            } else {
              result[0] += 0.00024644266237145324;
            }
          }
        } else {
          result[0] += 6.004916874261438e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
          result[0] += -0.00015514880419087706;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0004371400649106445;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                  result[0] += -0.0003772505451864075;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.0009153050603483322;
                  } else {
                    result[0] += -0.0005848304759587321;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                  result[0] += -0.0009875545955106448;
                } else {
                  result[0] += -0.002078046017453685;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181800.0000000000291) ) ) {
                result[0] += -0.00015514880419087706;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -0.0003772505451864075;
                } else {
                  result[0] += -0.00015514880419087706;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1087.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)106162.5000000000146) ) ) {
                  result[0] += 0.00017404385759527455;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                    result[0] += 5.018789601335216e-05;
                  } else {
                    result[0] += -0.00015514880419087706;
                  }
                }
              } else {
                result[0] += 0.00017404385759527455;
              }
            } else {
              result[0] += -0.00015514880419087706;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += 0.0001784515844647934;
                } else {
                  result[0] += -9.997928965740655e-06;
                }
              } else {
                result[0] += 0.00024644266237145324;
              }
            } else {
              result[0] += -0.00015514880419087706;
            }
          }
        } else {
          result[0] += -0.00015514880419087706;
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.0001513833103692163;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.0006295947451251503;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                      result[0] += 3.1455988235929066e-05;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)133987.5000000000291) ) ) {
                        result[0] += -0.00022108074708475866;
                      } else {
                        result[0] += -0.0003396215216381375;
                      }
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                      result[0] += -0.0004962714336347964;
                    } else {
                      result[0] += -0.0003396215216381375;
                    }
                  }
                }
              } else {
                result[0] += -0.0008158363551535422;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
                result[0] += -0.0013449653363084568;
              } else {
                result[0] += -0.0015980021221536278;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
                result[0] += -0.0008158363551535422;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    result[0] += -0.0012409544209416026;
                  } else {
                    result[0] += -0.0009886582079445655;
                  }
                } else {
                  result[0] += -0.0014418310415389016;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                result[0] += 0.0001513833103692163;
              } else {
                result[0] += -0.0006276241839373413;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.0004174869573905559;
                } else {
                  result[0] += 0.000630809395700409;
                }
              } else {
                result[0] += 0.00016654412842807966;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)54.00000000000000711) ) ) {
                result[0] += -0.00016627159228793913;
              } else {
                result[0] += -0.00022108074708475866;
              }
            } else {
              result[0] += -0.0006276241839373413;
            }
          }
        }
      } else {
        result[0] += -0.0036381151620687177;
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
              result[0] += 0.00024709337790725387;
            } else {
              result[0] += -5.27108119973979e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                result[0] += -5.27108119973979e-05;
              } else {
                result[0] += -0.0007829398364241092;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                result[0] += -5.27108119973979e-05;
              } else {
                result[0] += -0.00021839468164919917;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                result[0] += 0.00041161273689519656;
              } else {
                result[0] += 0.00023457753300270184;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += 0.0008204150171403241;
                } else {
                  result[0] += 0.00047367348928235137;
                }
              } else {
                result[0] += 0.00042598649740547005;
              }
            }
          } else {
            result[0] += -5.27108119973979e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0019325515449907925;
          } else {
            result[0] += -0.0014338672271546782;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += -0.000874515237690691;
              } else {
                result[0] += -0.0005784907647499662;
              }
            } else {
              result[0] += -5.27108119973979e-05;
            }
          } else {
            result[0] += -0.0014338672271546782;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.00012427939614006564;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.0003410981976500352;
                } else {
                  result[0] += 0.00028160653913306155;
                }
              } else {
                result[0] += 0.0003410981976500352;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                result[0] += 0.00016851533843091263;
              } else {
                result[0] += 0.0002519557547795098;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.00046622865937221303;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
              result[0] += 0.00016851533843091263;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  result[0] += -0.0003857061981076918;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                    result[0] += -4.29063205162289e-05;
                  } else {
                    result[0] += 2.9878002071636483e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += 7.506022493381505e-05;
                } else {
                  result[0] += 0.00016851533843091263;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          result[0] += 0.0003410981976500352;
        } else {
          result[0] += 0.0004998045921211427;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0018640022374477136;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.0003857061981076918;
              } else {
                result[0] += -0.000830758459153624;
              }
            }
          } else {
            result[0] += -0.0002879461404822095;
          }
        } else {
          result[0] += 7.506022493381505e-05;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.0020714988528924695;
        } else {
          result[0] += -0.000830758459153624;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.0028628780370282664;
            } else {
              result[0] += 0.004145929986507798;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.0014535278072219783;
            } else {
              result[0] += 0.0020482860672162676;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
              result[0] += 0.0010595512352017833;
            } else {
              result[0] += 0.0004222789899112364;
            }
          } else {
            result[0] += -0.00010618322477501952;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              result[0] += -0.00010618322477501952;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0008805671742105137;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                  result[0] += -0.00010618322477501952;
                } else {
                  result[0] += -0.0008805671742105137;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)90.00000000000001421) ) ) {
                result[0] += -0.0008805671742105137;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                    result[0] += -0.0009367269182939463;
                  } else {
                    result[0] += -0.0012242589007185338;
                  }
                } else {
                  result[0] += -0.0012242589007185338;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                  result[0] += -0.0019965681490501084;
                } else {
                  result[0] += -0.0012242589007185338;
                }
              } else {
                result[0] += -0.0019965681490501084;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            result[0] += -0.00010618322477501952;
          } else {
            result[0] += -0.0006067946531874629;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.002824137691107166;
        } else {
          result[0] += -0.002368390563927043;
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
          result[0] += -0.0011155228995124342;
        } else {
          result[0] += -0.0019871863127720645;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.0005047686642844345;
          } else {
            result[0] += 0.00043011349809194056;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)6710.000000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.00013329297608368138;
              } else {
                result[0] += 0.00018877470061611293;
              }
            } else {
              result[0] += 0.00013329297608368138;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += 0.00018877470061611293;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 0.00025823409452539227;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                      result[0] += 0.00018877470061611293;
                    } else {
                      result[0] += 0.00025823409452539227;
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                    result[0] += 0.00025823409452539227;
                  } else {
                    result[0] += 0.0004015456839303527;
                  }
                } else {
                  result[0] += 0.00043011349809194056;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                result[0] += 0.00018877470061611293;
              } else {
                result[0] += 0.00025823409452539227;
              }
            }
          }
        }
      } else {
        result[0] += 0.00010391622954520865;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
          result[0] += -4.507810696976533e-05;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += 0.00013329297608368138;
            } else {
              result[0] += 0.0001608964030448746;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              result[0] += -4.507810696976533e-05;
            } else {
              result[0] += 0.00010391622954520865;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
                result[0] += -0.0002786067072731587;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += -0.0003831967285712602;
                } else {
                  result[0] += -0.0003526743232701078;
                }
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
                result[0] += -4.161797484875618e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  result[0] += -0.00013010647485502371;
                } else {
                  result[0] += -0.0003526743232701078;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                    result[0] += -4.723448067541293e-05;
                  } else {
                    result[0] += -0.00030357124223635775;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                    result[0] += -4.507810696976533e-05;
                  } else {
                    result[0] += -9.368148788342217e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                      result[0] += -0.0010140282805585039;
                    } else {
                      result[0] += -0.0005124472073325636;
                    }
                  } else {
                    result[0] += -0.0013940560808375342;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                      result[0] += -0.0003181578192918259;
                    } else {
                      result[0] += -0.00017264079545288965;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                      result[0] += -0.0006481370280037197;
                    } else {
                      result[0] += -0.00040739504909635747;
                    }
                  }
                }
              }
            } else {
              result[0] += 0.00010391622954520865;
            }
          }
        } else {
          result[0] += 0.00010391622954520865;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)162.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            result[0] += 0.0001955311587509258;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.0003613925143991373;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += -0.00017310924377052366;
              } else {
                result[0] += -0.00011768699528029482;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.001404246276373442;
            } else {
              result[0] += -0.0012514422174399035;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += -0.0008057167301125195;
                } else {
                  result[0] += -0.00044823902538845795;
                }
              } else {
                result[0] += -0.00011768699528029482;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                    result[0] += -0.000861794669458276;
                  } else {
                    result[0] += -0.00022349056293899605;
                  }
                } else {
                  result[0] += -0.000861794669458276;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                  result[0] += -0.0010449965216449183;
                } else {
                  result[0] += -0.0012514422174399035;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
                result[0] += 0.0003367417012093826;
              } else {
                result[0] += 0.0001955311587509258;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                result[0] += 0.0001955311587509258;
              } else {
                result[0] += -0.00011768699528029482;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                result[0] += 0.0003820150480633449;
              } else {
                result[0] += 0.00026285564004529816;
              }
            } else {
              result[0] += 0.000528483391951706;
            }
          }
        } else {
          result[0] += -0.00011768699528029482;
        }
      }
    } else {
      result[0] += -0.00324768203335285;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.00026943347779425633;
            } else {
              result[0] += -3.4706063892808026e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                result[0] += -3.4706063892808026e-05;
              } else {
                result[0] += -0.0003834597285750979;
              }
            } else {
              result[0] += -3.4706063892808026e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)33134.00000000000728) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                result[0] += 0.0002593648604380403;
              } else {
                result[0] += 8.074552984100271e-05;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                  result[0] += 0.0002593648604380403;
                } else {
                  result[0] += 0.00034631326074320654;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.00020311396346440525;
                  } else {
                    result[0] += 8.074552984100271e-05;
                  }
                } else {
                  result[0] += 0.00020311396346440525;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                result[0] += 8.074552984100271e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
                      result[0] += 4.204624498467023e-05;
                    } else {
                      result[0] += -0.000529957249350636;
                    }
                  } else {
                    result[0] += -0.000529957249350636;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
                    result[0] += -0.0007557821604484222;
                  } else {
                    result[0] += -0.0010421088203197942;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                result[0] += 8.074552984100271e-05;
              } else {
                result[0] += -1.698035320986843e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0008105146418005837;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.0013393810480967765;
                } else {
                  result[0] += -0.0009429044890048688;
                }
              }
            } else {
              result[0] += -0.0008105146418005837;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += -0.0013500329642952133;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.002073477928061161;
                } else {
                  result[0] += -0.0015409891114418022;
                }
              }
            } else {
              result[0] += -0.001100184319392817;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                result[0] += -0.0006125163443724988;
              } else {
                result[0] += -0.0002711440993578612;
              }
            } else {
              result[0] += -3.4706063892808026e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
              result[0] += -0.0007556692581812872;
            } else {
              result[0] += -0.0009142745552304237;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            result[0] += 0.00036903753554585;
          } else {
            result[0] += 0.00023499677295501796;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0007064515341039519;
            } else {
              result[0] += 0.0004407659073096716;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00036903753554585;
            } else {
              result[0] += 0.0004385203943036;
            }
          }
        }
      } else {
        result[0] += 8.074552984100271e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += -0.0001161954280057314;
          } else {
            result[0] += -0.0006931085737828593;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                result[0] += 0.00015149017025371995;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)50.00000000000000711) ) ) {
                    result[0] += -9.882828464912221e-05;
                  } else {
                    result[0] += -0.0001161954280057314;
                  }
                } else {
                  result[0] += -0.0001161954280057314;
                }
              }
            } else {
              result[0] += -0.0006189540470106702;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0003489611898461565;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                      result[0] += 0.00024071712078833332;
                    } else {
                      result[0] += 0.0002691325390514029;
                    }
                  } else {
                    result[0] += -9.882828464912221e-05;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                      result[0] += 0.000435256173888148;
                    } else {
                      result[0] += 0.0005029370355094828;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                      result[0] += 0.0003489611898461565;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                        result[0] += 0.00042016637346430926;
                      } else {
                        result[0] += 0.0003489611898461565;
                      }
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.0005891051955830496;
                  } else {
                    result[0] += 0.0004914621897338753;
                  }
                }
              }
            } else {
              result[0] += -9.882828464912221e-05;
            }
          }
        }
      } else {
        result[0] += -0.0006931085737828593;
      }
    } else {
      result[0] += -0.0029129102924980426;
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
            result[0] += 2.6576636998545435e-05;
          } else {
            result[0] += -0.0005433888855282763;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)12.50000000000000178) ) ) {
              result[0] += 0.00022140899893384843;
            } else {
              result[0] += 2.6576636998545435e-05;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                result[0] += 2.6576636998545435e-05;
              } else {
                result[0] += 7.772594380089743e-06;
              }
            } else {
              result[0] += -4.963216602884606e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.00044142509571916036;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0002258428150607313;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                    result[0] += 0.00031586880377782844;
                  } else {
                    result[0] += 0.00037937950891356835;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00024018160146714983;
                  } else {
                    result[0] += 0.00018691680293436263;
                  }
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 2.6576636998545435e-05;
                  } else {
                    result[0] += 0.00018691680293436263;
                  }
                }
              } else {
                result[0] += 0.0002807690425415281;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                    result[0] += 0.0005359307775405657;
                  } else {
                    result[0] += 0.0006121596758030032;
                  }
                } else {
                  result[0] += 0.0007273162949372401;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.00038431819193204873;
                } else {
                  result[0] += 0.00044728482876873116;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                    result[0] += 0.00035467017609765254;
                  } else {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += 0.0002476545127248165;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                        result[0] += 0.0002807690425415281;
                      } else {
                        result[0] += 0.0003162446838866959;
                      }
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                    result[0] += 0.00034969171840579043;
                  } else {
                    result[0] += 0.00038431819193204873;
                  }
                }
              } else {
                result[0] += 0.00038431819193204873;
              }
            }
          }
        } else {
          result[0] += 2.6576636998545435e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.001213299388798015;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.001862050101556221;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += -0.0014807706007437156;
              } else {
                result[0] += -0.0012886834638428195;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0011039643681273294;
          } else {
            result[0] += -0.000940003504163988;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.0009018867602637234;
              } else {
                result[0] += -0.0008018030783117809;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                  result[0] += -0.00048571473820211466;
                } else {
                  result[0] += -0.00042935448606416815;
                }
              } else {
                result[0] += -0.00028197643643984474;
              }
            }
          } else {
            result[0] += 2.6576636998545435e-05;
          }
        } else {
          result[0] += -0.000940003504163988;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += -0.0001080984291640932;
          } else {
            result[0] += -0.0006233414994136821;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                result[0] += 0.0001404891323893264;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)190.0000000000000284) ) ) {
                    result[0] += -0.0001080984291640932;
                  } else {
                    result[0] += -0.00020104451087576988;
                  }
                } else {
                  result[0] += -0.00035425356427389666;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                    result[0] += 0.00023849841208513847;
                  } else {
                    result[0] += 0.0003184513886344599;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    result[0] += 0.000381369686119331;
                  } else {
                    result[0] += 0.00046070073697709597;
                  }
                }
              } else {
                result[0] += -0.0001080984291640932;
              }
            }
          } else {
            result[0] += -0.0006206128649368158;
          }
        }
      } else {
        result[0] += -0.0006233414994136821;
      }
    } else {
      result[0] += -0.002613570412638403;
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.003696869189945245;
            } else {
              result[0] += 0.0026170853817336433;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0017956021846832195;
            } else {
              result[0] += 0.001020426302802364;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
            result[0] += 0.0008431616721227648;
          } else {
            result[0] += -1.9673792443573224e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
            result[0] += -1.9673792443573224e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                  result[0] += -0.0006998602212875881;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)74.00000000000001421) ) ) {
                    result[0] += -0.0008044896258090576;
                  } else {
                    result[0] += -0.0008687185590289496;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0010905718097952337;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.0016016812089846386;
                  } else {
                    result[0] += -0.0013306120149665984;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)186.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)86.00000000000001421) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.00000000000001421) ) ) {
                    result[0] += -0.00013258232066983708;
                  } else {
                    result[0] += -0.0002032432148561816;
                  }
                } else {
                  result[0] += -0.0005346079233820394;
                }
              } else {
                result[0] += -0.0008494415917679716;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
            result[0] += -1.9673792443573224e-05;
          } else {
            result[0] += -0.0005266654654872752;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                result[0] += 0.00012129656074608325;
              } else {
                result[0] += -0.0001404292451056518;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                result[0] += 0.00017089521840199545;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                    result[0] += 0.0001434618600715537;
                  } else {
                    result[0] += 8.208349102588393e-05;
                  }
                } else {
                  result[0] += -6.439624869098398e-05;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.00019873992515134534;
            } else {
              result[0] += -6.439624869098398e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.000627030021770514;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  result[0] += -0.0011560907360842335;
                } else {
                  result[0] += -0.001354942593755228;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0017203614386489326;
              } else {
                result[0] += -0.001354942593755228;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                result[0] += -0.00019873992515134534;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                  result[0] += -0.0003489417177286835;
                } else {
                  result[0] += -0.00019873992515134534;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0010271049607161107;
              } else {
                result[0] += -0.0003489417177286835;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1300224.000000000233) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.00021861528027030845;
              } else {
                result[0] += 0.0003044598785039668;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += 0.00017089521840199545;
              } else {
                result[0] += 0.00021388421510589356;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              result[0] += 0.00017089521840199545;
            } else {
              result[0] += -0.00019873992515134534;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                result[0] += 0.0003616923654385759;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += 0.00025455613481844625;
                } else {
                  result[0] += 0.0003143452289463323;
                }
              }
            } else {
              result[0] += 0.00022364744336322016;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00039150609330110704;
            } else {
              result[0] += 0.0004353025772843403;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
                result[0] += 0.0025306111318489513;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
                  result[0] += 0.0012556694711655624;
                } else {
                  result[0] += 0.0008413386470303283;
                }
              }
            } else {
              result[0] += -0.00013895929364251817;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += -0.00013895929364251817;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                      result[0] += -0.0004504422830628451;
                    } else {
                      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                        result[0] += -0.00013895929364251817;
                      } else {
                        result[0] += -0.00036265194914488375;
                      }
                    }
                  } else {
                    result[0] += -0.00013895929364251817;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                  result[0] += -0.0006940850586762596;
                } else {
                  result[0] += -0.001129469818126739;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.00013895929364251817;
              } else {
                result[0] += -0.0005884147569370436;
              }
            }
          }
        } else {
          result[0] += -0.0018088748743487336;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                  result[0] += -0.0002610259953004271;
                } else {
                  result[0] += -0.0007662748999014209;
                }
              } else {
                result[0] += -0.0007662748999014209;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.000177778174790577;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                        result[0] += -8.748887543685263e-05;
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                          result[0] += 0.0001448115671386198;
                        } else {
                          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                            result[0] += -9.886041763474569e-06;
                          } else {
                            result[0] += -8.748887543685263e-05;
                          }
                        }
                      }
                    }
                  } else {
                    result[0] += -0.0002610259953004271;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.00034476973924693383;
                    } else {
                      result[0] += 0.0002291679986368291;
                    }
                  } else {
                    result[0] += -9.886041763474569e-06;
                  }
                }
              } else {
                result[0] += -0.0002610259953004271;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.001094856112889725;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += -0.00038560962420818934;
              } else {
                result[0] += -0.0002610259953004271;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.0017358781439715935;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)118.0000000000000142) ) ) {
              result[0] += -0.0002610259953004271;
            } else {
              result[0] += -0.0004049740094643632;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        result[0] += -0.0023074680587331863;
      } else {
        result[0] += -0.0018088748743487336;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
        result[0] += 8.838953412590966e-05;
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
              result[0] += -0.00031005783901199516;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                result[0] += -0.0007830781222825583;
              } else {
                result[0] += -0.0013173280154324515;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                result[0] += -0.00031005783901199516;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
                  result[0] += 3.2213468064330667e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                    result[0] += -0.0002516460145041796;
                  } else {
                    result[0] += 3.2213468064330667e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                result[0] += -0.0003789778526286573;
              } else {
                result[0] += -0.0005873397724457131;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
                  result[0] += -0.0005272287395194003;
                } else {
                  result[0] += -0.0007452647761846709;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.000948327617680176;
                } else {
                  result[0] += -0.001469448226051065;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.0003273986211217611;
              } else {
                result[0] += -0.0009617394107776609;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                result[0] += 2.656098212277482e-05;
              } else {
                result[0] += 8.838953412590966e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.00020356410993763275;
                } else {
                  result[0] += -0.0004791252865155301;
                }
              } else {
                result[0] += 6.963785697710981e-05;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              result[0] += 0.00019073955239607776;
            } else {
              result[0] += 0.00014719952572463788;
            }
          } else {
            result[0] += 8.838953412590966e-05;
          }
        } else {
          result[0] += 8.838953412590966e-05;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += 0.0002597113883927299;
          } else {
            result[0] += 0.0003591089489215205;
          }
        } else {
          result[0] += 8.838953412590966e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)3381.000000000000455) ) ) {
                result[0] += 0.00013905170827867267;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00031597656885350915;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)115635.0000000000146) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                        result[0] += -3.475960089687492e-05;
                      } else {
                        result[0] += -0.0002110692565119942;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)124995.0000000000146) ) ) {
                          result[0] += -0.0002110692565119942;
                        } else {
                          result[0] += -0.0002702269892974853;
                        }
                      } else {
                        result[0] += -0.0002110692565119942;
                      }
                    }
                  } else {
                    result[0] += -0.0002702269892974853;
                  }
                }
              }
            } else {
              result[0] += -0.0006589763423716832;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                  result[0] += 0.00013905170827867267;
                } else {
                  result[0] += -3.475960089687492e-05;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                  result[0] += 0.0003355389222317635;
                } else {
                  result[0] += 0.00013905170827867267;
                }
              }
            } else {
              result[0] += -3.475960089687492e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
            result[0] += -0.0006589763423716832;
          } else {
            result[0] += -0.001619380104725998;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.00024311826708560446;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.00033090376834844375;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.00011741458521338267;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                          result[0] += -7.729260852349313e-05;
                        } else {
                          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                            result[0] += 8.169788938218507e-05;
                          } else {
                            result[0] += -7.729260852349313e-05;
                          }
                        }
                      } else {
                        result[0] += -0.00019115566578725013;
                      }
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.0007138647738710349;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    result[0] += -0.00039615189497520394;
                  } else {
                    result[0] += -0.0002029906961169163;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                    result[0] += 0.00035552794135536433;
                  } else {
                    result[0] += 0.0005168903896550068;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                    result[0] += 0.00019445464905465764;
                  } else {
                    result[0] += 0.00035237897415046936;
                  }
                }
              } else {
                result[0] += -1.4662810706089425e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0012648537079795723;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  result[0] += -0.00039615189497520394;
                } else {
                  result[0] += -0.000476242205118769;
                }
              } else {
                result[0] += -1.4662810706089425e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.0015594302501490977;
          } else {
            result[0] += -0.000476242205118769;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        result[0] += -0.0020716690118707123;
      } else {
        result[0] += -0.001619380104725998;
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)68494.50000000001455) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.00035090103838236394;
            } else {
              result[0] += 0.0002339227598493589;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 0.00011024897376511023;
              } else {
                result[0] += 0.00016491446001484138;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0001850029173276092;
              } else {
                result[0] += 0.0002339227598493589;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
            result[0] += 0.00011024897376511023;
          } else {
            result[0] += 0.00013315059885347683;
          }
        }
      } else {
        result[0] += 7.507679591353446e-05;
      }
    } else {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -7.496934949723181e-05;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            result[0] += 0.00011024897376511023;
          } else {
            result[0] += 7.507679591353446e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
                result[0] += -0.00019951017748205712;
              } else {
                result[0] += -0.0002556495786737002;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
                result[0] += -3.4586230799077675e-05;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                  result[0] += -0.00013217157674138674;
                } else {
                  result[0] += -0.00023438792613340927;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                  result[0] += -7.496934949723181e-05;
                } else {
                  result[0] += -0.0004836622735124501;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                  result[0] += -7.496934949723181e-05;
                } else {
                  result[0] += -0.00015936236237634976;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                result[0] += 7.507679591353446e-05;
              } else {
                result[0] += -7.496934949723181e-05;
              }
            }
          }
        } else {
          result[0] += 7.507679591353446e-05;
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            result[0] += 0.0022669461583991793;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0032925595910189456;
            } else {
              result[0] += 0.0023113977930093554;
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              result[0] += 0.0011147047698780868;
            } else {
              result[0] += 0.0015706095907982041;
            }
          } else {
            result[0] += 0.0008681192291921504;
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
            result[0] += 0.0007198957523881547;
          } else {
            result[0] += 0.0003231220342425423;
          }
        } else {
          result[0] += -4.3120623513875995e-05;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
          result[0] += -4.3120623513875995e-05;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
                result[0] += -0.0002092356780296281;
              } else {
                result[0] += -0.0005195142807256023;
              }
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.0012965312656247848;
              } else {
                result[0] += -0.001687561266702542;
              }
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
              result[0] += -4.3120623513875995e-05;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -0.0006241949604021356;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
                      result[0] += -0.00019427945662133604;
                    } else {
                      result[0] += -0.0005479855559826088;
                    }
                  }
                } else {
                  result[0] += -0.0006467579704680247;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.0006467579704680247;
                } else {
                  result[0] += -0.0012849308896600332;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            result[0] += -4.3120623513875995e-05;
          } else {
            result[0] += -0.00016628243580947539;
          }
        } else {
          result[0] += -0.00035427981569143235;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              result[0] += 0.00022973129446678825;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00011046349762093171;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    result[0] += 9.331093904993242e-05;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                      result[0] += 0.00016823320647208398;
                    } else {
                      result[0] += 0.0001525300738379732;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.00022973129446678825;
                  } else {
                    result[0] += 0.00015707776093208732;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00011975585113492706;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += 9.331093904993242e-05;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)55891.00000000000728) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                    result[0] += 0.00010697344267487452;
                  } else {
                    result[0] += 0.0001525300738379732;
                  }
                } else {
                  result[0] += 9.331093904993242e-05;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00011975585113492706;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += 5.689820561771237e-06;
              } else {
                result[0] += 9.331093904993242e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.00011975585113492706;
              } else {
                result[0] += 9.134124123320841e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                  result[0] += -0.0001487335017688557;
                } else {
                  result[0] += -0.00010464373281926811;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += 6.767966241075689e-05;
                } else {
                  result[0] += 9.134124123320841e-05;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0010458524949042427;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += -0.00015366780743371387;
                } else {
                  result[0] += -0.000451682163444328;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                result[0] += -0.00011975585113492706;
              } else {
                result[0] += -0.0003125874145585199;
              }
            }
          } else {
            result[0] += 6.767966241075689e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              result[0] += -0.001381193039395008;
            } else {
              result[0] += -0.000935000780462447;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0007303258275619621;
            } else {
              result[0] += -0.000451682163444328;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            result[0] += 0.00022973129446678825;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
              result[0] += 0.0001525300738379732;
            } else {
              result[0] += 0.0001938687271885537;
            }
          }
        } else {
          result[0] += 9.331093904993242e-05;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129262.000000000233) ) ) {
              result[0] += 0.00024489329210479986;
            } else {
              result[0] += 0.0001589794255055268;
            }
          } else {
            result[0] += 0.0002779578068875509;
          }
        } else {
          result[0] += 0.00032559478383642666;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
              result[0] += 0.0001794979153063061;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00044583350968108155;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)24.50000000000000355) ) ) {
                    result[0] += 0.0001794979153063061;
                  } else {
                    result[0] += -8.044386646647145e-05;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                    result[0] += -8.044386646647145e-05;
                  } else {
                    result[0] += -9.949849175899418e-05;
                  }
                }
              }
            }
          } else {
            result[0] += -0.0004645663268983988;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
                result[0] += 0.0001794979153063061;
              } else {
                result[0] += -3.2780050566418526e-05;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0003018896945264202;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                      result[0] += 0.00024054860992574605;
                    } else {
                      result[0] += 0.00029861577751608815;
                    }
                  } else {
                    result[0] += -3.2780050566418526e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  result[0] += 0.00035565435923751556;
                } else {
                  result[0] += 0.00042586680219808455;
                }
              }
            }
          } else {
            result[0] += -3.2780050566418526e-05;
          }
        }
      } else {
        result[0] += -0.0004645663268983988;
      }
    } else {
      result[0] += -0.0019905802085217546;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.00017824126812851352;
            } else {
              result[0] += -2.229011085271508e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
                result[0] += -2.229011085271508e-05;
              } else {
                result[0] += -0.00039216816291681543;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                result[0] += -2.229011085271508e-05;
              } else {
                result[0] += -0.00010363845343204213;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)22.50000000000000355) ) ) {
                result[0] += 0.00015308274153041663;
              } else {
                result[0] += 0.00011216856662765181;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                  result[0] += 0.0002083378555930925;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                    result[0] += 0.00015308274153041663;
                  } else {
                    result[0] += 0.00011216856662765181;
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0002083378555930925;
                } else {
                  result[0] += 0.00015308274153041663;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                  result[0] += 5.9754867431698e-05;
                } else {
                  result[0] += -0.0003428484972188515;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.00027822294053483026;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                      result[0] += -0.00013032639959970294;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                        result[0] += -6.537556693840979e-06;
                      } else {
                        result[0] += -0.00013032639959970294;
                      }
                    }
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                      result[0] += -0.00036355782212203985;
                    } else {
                      result[0] += -0.0003428484972188515;
                    }
                  } else {
                    result[0] += -0.0008142667103346704;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)44386.00000000000728) ) ) {
                  result[0] += 0.00011216856662765181;
                } else {
                  result[0] += 5.9754867431698e-05;
                }
              } else {
                result[0] += -1.6087985019025605e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += -0.0008142667103346704;
            } else {
              result[0] += -0.0012249630908054217;
            }
          } else {
            result[0] += -0.0008142667103346704;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.0005554077756250033;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                result[0] += -0.0003120436248479219;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += -0.00017448566856019478;
                } else {
                  result[0] += -0.00010363845343204213;
                }
              }
            }
          } else {
            result[0] += -0.000639291990490793;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0002820220995404976;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.0001904481956571102;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0002556736121051645;
                } else {
                  result[0] += 0.00019116201930442775;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              result[0] += 0.0001196580054739821;
            } else {
              result[0] += 0.0001904481956571102;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  result[0] += 0.00047190451324211633;
                } else {
                  result[0] += 0.0005768196545078817;
                }
              } else {
                result[0] += 0.0003954586631545019;
              }
            } else {
              result[0] += 0.00027275869179196817;
            }
          } else {
            result[0] += 0.0002615157593536712;
          }
        }
      } else {
        result[0] += 5.9754867431698e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)18.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
              result[0] += -8.00472322987418e-05;
            } else {
              result[0] += -0.0004179047132415395;
            }
          } else {
            result[0] += -0.0004179047132415395;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)198.0000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                result[0] += 7.933419273390986e-05;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)405496.0000000000582) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
                    result[0] += -1.636154710109865e-05;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                      result[0] += -8.00472322987418e-05;
                    } else {
                      result[0] += -7.450957091876409e-05;
                    }
                  }
                } else {
                  result[0] += -0.0002907344292376052;
                }
              }
            } else {
              result[0] += -0.0002907344292376052;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 0.0002354596158305115;
                    } else {
                      result[0] += 0.00027584017293766654;
                    }
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 0.00018767520306070453;
                    } else {
                      result[0] += 0.00020960304957963222;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.0003056970960149085;
                  } else {
                    result[0] += 0.00025751863509185507;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.00035524165726416026;
                  } else {
                    result[0] += 0.000306698677785317;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                    result[0] += 0.0004182500195795254;
                  } else {
                    result[0] += 0.0003700326798774016;
                  }
                }
              }
            } else {
              result[0] += -7.450957091876409e-05;
            }
          }
        }
      } else {
        result[0] += -0.0004179047132415395;
      }
    } else {
      result[0] += -0.0017877617159883952;
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
              result[0] += 0.0001721160721898379;
            } else {
              result[0] += -1.8071539641287643e-05;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
                result[0] += -1.8071539641287643e-05;
              } else {
                result[0] += -0.0003263246021393303;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -1.8071539641287643e-05;
              } else {
                result[0] += -7.803902042653151e-05;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
              result[0] += 6.576681944177514e-05;
            } else {
              result[0] += -0.0003263246021393303;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                      result[0] += 0.00017980042983914554;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                        result[0] += 0.0001147604179522893;
                      } else {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                            result[0] += 0.00013409699184735395;
                          } else {
                            result[0] += 0.00014282422869722178;
                          }
                        } else {
                          result[0] += 0.00016709206361023351;
                        }
                      }
                    }
                  } else {
                    result[0] += 0.00017980042983914554;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                        result[0] += 0.0001147604179522893;
                      } else {
                        result[0] += 0.0001425507788121806;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                        result[0] += 6.576681944177514e-05;
                      } else {
                        result[0] += 0.0001147604179522893;
                      }
                    }
                  } else {
                    result[0] += 0.0001425507788121806;
                  }
                }
              } else {
                result[0] += -7.803902042653151e-05;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                  result[0] += 6.576681944177514e-05;
                } else {
                  result[0] += 3.098447949772671e-05;
                }
              } else {
                result[0] += -7.803902042653151e-05;
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)854942.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.0002504555554649543;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0001721160721898379;
                } else {
                  result[0] += 0.0002054010003547758;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                result[0] += 0.0001721160721898379;
              } else {
                result[0] += 6.969167840991521e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  result[0] += 0.0004120654786897661;
                } else {
                  result[0] += 0.0005055766152758194;
                }
              } else {
                result[0] += 0.0002504555554649543;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                result[0] += 0.0002504555554649543;
              } else {
                result[0] += 0.00023588076354569013;
              }
            }
          }
        } else {
          result[0] += 6.576681944177514e-05;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.0006325845518903821;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.0005447762269342951;
            } else {
              result[0] += -0.0004931198860926829;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            result[0] += -0.0003263246021393303;
          } else {
            result[0] += -7.803902042653151e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0007019955754379326;
        } else {
          result[0] += -0.0006325845518903821;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)4.500000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)2.500000000000000444) ) ) {
              result[0] += 0.002017029769947945;
            } else {
              result[0] += 0.0009759985962426447;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)8.500000000000001776) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)6.500000000000000888) ) ) {
                result[0] += 0.0006409153712441953;
              } else {
                result[0] += 0.0003565269140976144;
              }
            } else {
              result[0] += -8.528841659950416e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.00037350462049651445;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
              result[0] += -0.00014757387574434718;
            } else {
              result[0] += -8.528841659950416e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.001426556301731459;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              result[0] += -0.0007975803457920685;
            } else {
              result[0] += -0.0007057739535237563;
            }
          }
        } else {
          result[0] += -8.528841659950416e-05;
        }
      }
    } else {
      result[0] += -0.0016059520107902692;
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)14.50000000000000178) ) ) {
            result[0] += 0.0001234740299869651;
          } else {
            result[0] += 6.307724488466316e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)28.50000000000000355) ) ) {
              result[0] += 6.307724488466316e-06;
            } else {
              result[0] += -0.0002910248219018848;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
              result[0] += 6.307724488466316e-06;
            } else {
              result[0] += -7.654261646798911e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                result[0] += 0.00019424099625724373;
              } else {
                result[0] += 0.0001605607223399304;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                  result[0] += 0.00017177784414786068;
                } else {
                  result[0] += 6.307724488466316e-06;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 0.00013787324215924039;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
                      result[0] += 0.00012745282960541134;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                          result[0] += 0.00014769357201452256;
                        } else {
                          result[0] += 0.00015153900037701755;
                        }
                      } else {
                        result[0] += 0.0001605594601428016;
                      }
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 0.0001562548871933569;
                  } else {
                    result[0] += 0.0001605607223399304;
                  }
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)14273.00000000000182) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.0002390834508510513;
                } else {
                  result[0] += 0.00019657353326420137;
                }
              } else {
                result[0] += 0.00017641600239416653;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += 0.00045526185101564445;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 0.0002390834508510513;
                  } else {
                    result[0] += 0.0002517085728093661;
                  }
                }
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0002390834508510513;
                } else {
                  result[0] += 0.00021772560913656125;
                }
              }
            }
          }
        } else {
          result[0] += 6.307724488466316e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
            result[0] += -0.0005654581652294945;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.000490016750324164;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += -0.0004437976809275088;
              } else {
                result[0] += -0.0004432826324298521;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
              result[0] += -0.0002910248219018848;
            } else {
              result[0] += -0.00015512838314891476;
            }
          } else {
            result[0] += 6.307724488466316e-06;
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0006313280155862411;
        } else {
          result[0] += -0.0005654581652294945;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += -5.500087418931372e-05;
                } else {
                  result[0] += -0.0003999831921027224;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                      result[0] += 5.54547267861232e-05;
                    } else {
                      result[0] += -5.500087418931372e-05;
                    }
                  } else {
                    result[0] += -0.00017154423123294093;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                      result[0] += 0.0002339423133303429;
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                        result[0] += 0.00029275478502396456;
                      } else {
                        result[0] += 0.00035056781836241015;
                      }
                    }
                  } else {
                    result[0] += -5.500087418931372e-05;
                  }
                }
              }
            } else {
              result[0] += -0.0003999831921027224;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.0002063739978908183;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.0002777088151147213;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.0001038937302994415;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
                          result[0] += 3.240674481811325e-05;
                        } else {
                          result[0] += -9.719684734842062e-06;
                        }
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
                          result[0] += -9.764360455550807e-05;
                        } else {
                          result[0] += -0.00014549427174125176;
                        }
                      }
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                    result[0] += -0.0003999831921027224;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                      result[0] += -0.0001578233441389297;
                    } else {
                      result[0] += -0.000364583006566394;
                    }
                  }
                } else {
                  result[0] += -0.0001578233441389297;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    result[0] += 0.00031624413008314383;
                  } else {
                    result[0] += 0.0003875357032869754;
                  }
                } else {
                  result[0] += 0.0001774312293913686;
                }
              } else {
                result[0] += -9.719684734842062e-06;
              }
            }
          }
        } else {
          result[0] += -0.0003999831921027224;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          result[0] += -0.001344695076989218;
        } else {
          result[0] += -0.0003999831921027224;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
          result[0] += -0.0018762949714767317;
        } else {
          result[0] += -0.0016353854899051343;
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
          result[0] += -0.001344695076989218;
        } else {
          result[0] += -0.0014061987181872588;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.0002368532668917358;
          } else {
            result[0] += 0.00013717547268108979;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += 4.984850815777947e-05;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                result[0] += 0.00012213633976642117;
              } else {
                result[0] += 0.00013717547268108979;
              }
            } else {
              result[0] += 0.00012213633976642117;
            }
          }
        }
      } else {
        result[0] += 4.984850815777947e-05;
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)166.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
          result[0] += -8.373716267782483e-06;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
                result[0] += 8.006165067106525e-05;
              } else {
                result[0] += 4.984850815777947e-05;
              }
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.00012213633976642117;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)611964.0000000001164) ) ) {
                  result[0] += 8.006165067106525e-05;
                } else {
                  result[0] += 4.984850815777947e-05;
                }
              }
            }
          } else {
            result[0] += 4.984850815777947e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += -0.0002843617697286537;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += -0.00025077213275065657;
                } else {
                  result[0] += -0.00020238258525768127;
                }
              }
            } else {
              result[0] += -0.0001296515318617993;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
                  result[0] += -0.0003183837838691642;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                    result[0] += -0.0005218649428932781;
                  } else {
                    result[0] += -0.0007567626244560196;
                  }
                }
              } else {
                result[0] += -0.0003183837838691642;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                  result[0] += -8.373716267782483e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
                      result[0] += -3.3448480975783285e-05;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                        result[0] += -0.00011862190355471164;
                      } else {
                        result[0] += -0.00018448749317625341;
                      }
                    }
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                      result[0] += -3.3448480975783285e-05;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
                        result[0] += -8.041888351925116e-05;
                      } else {
                        result[0] += -0.000133490825693283;
                      }
                    }
                  }
                }
              } else {
                result[0] += 4.984850815777947e-05;
              }
            }
          }
        } else {
          result[0] += 4.984850815777947e-05;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00032551575745711;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                    result[0] += 0.00014649524663944567;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)98.00000000000001421) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
                        result[0] += 9.406985774013301e-05;
                      } else {
                        result[0] += -8.271385028879524e-05;
                      }
                    } else {
                      result[0] += -8.271385028879524e-05;
                    }
                  }
                } else {
                  result[0] += -0.00032551575745711;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
                        result[0] += 0.00021389533858150864;
                      } else {
                        result[0] += 0.00014649524663944567;
                      }
                    } else {
                      result[0] += 9.406985774013301e-05;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      result[0] += 0.00023288799467036786;
                    } else {
                      result[0] += 0.00031807413985715695;
                    }
                  }
                } else {
                  result[0] += -7.763673791098421e-06;
                }
              }
            }
          } else {
            result[0] += -0.00032551575745711;
          }
        } else {
          result[0] += -0.0012818491470009304;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)214.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)181.0000000000000284) ) ) {
                  result[0] += 0.00018425160704661314;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                    result[0] += -0.00025519678972596476;
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.00010306939493068741;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
                          result[0] += 3.4156375448261154e-05;
                        } else {
                          result[0] += -7.058907786888078e-06;
                        }
                      } else {
                        result[0] += -0.00014970596384271306;
                      }
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                  result[0] += -0.0005677863658146448;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    result[0] += -0.0002997450981462735;
                  } else {
                    result[0] += -0.00015557160206283892;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                  result[0] += 0.00027755466395376226;
                } else {
                  result[0] += 0.00016032640608216;
                }
              } else {
                result[0] += -7.058907786888078e-06;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.001043129873264317;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += -0.0003495825033514734;
              } else {
                result[0] += -7.058907786888078e-06;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
            result[0] += -0.0012085089438710883;
          } else {
            result[0] += -0.0003495825033514734;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        result[0] += -0.0016132167872783074;
      } else {
        result[0] += -0.0012818491470009304;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.00000000000000711) ) ) {
        result[0] += 7.142177392258272e-05;
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)62.00000000000000711) ) ) {
              result[0] += -0.0002494224193543421;
            } else {
              result[0] += -0.0005811644023421353;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)234.0000000000000284) ) ) {
                result[0] += -0.0004209196097960745;
              } else {
                result[0] += -0.0007297946416455611;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += -0.0002676236037410803;
              } else {
                result[0] += -0.0005965233751350342;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)138.0000000000000284) ) ) {
                result[0] += -0.0002494224193543421;
              } else {
                result[0] += -0.0002790585109895077;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                  result[0] += 7.142177392258272e-05;
                } else {
                  result[0] += -0.0002494224193543421;
                }
              } else {
                result[0] += -0.0002494224193543421;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)38705.00000000000728) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                result[0] += 7.142177392258272e-05;
              } else {
                result[0] += 2.7716096447681998e-05;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)150.0000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)42.00000000000000711) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                      result[0] += 2.7716096447681998e-05;
                    } else {
                      result[0] += 7.142177392258272e-05;
                    }
                  } else {
                    result[0] += 2.7716096447681998e-05;
                  }
                } else {
                  result[0] += -3.5336429462304296e-05;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)155584.0000000000291) ) ) {
                  result[0] += 2.7716096447681998e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                      result[0] += -0.0002676236037410803;
                    } else {
                      result[0] += -0.0002311626503572335;
                    }
                  } else {
                    result[0] += -3.5336429462304296e-05;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)788914.0000000001164) ) ) {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            result[0] += 0.00014464485723776082;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              result[0] += 7.142177392258272e-05;
            } else {
              result[0] += 0.00014464485723776082;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
                result[0] += 0.000110498700728798;
              } else {
                result[0] += 7.142177392258272e-05;
              }
            } else {
              result[0] += 7.142177392258272e-05;
            }
          } else {
            result[0] += 0.00015051467508532686;
          }
        }
      } else {
        result[0] += 7.142177392258272e-05;
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)246.0000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
                result[0] += 0.00014119021928250177;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00027002583271226396;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                    result[0] += -0.00011604936574390261;
                  } else {
                    result[0] += -7.237417606245904e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)167807.0000000000291) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00019259674938680406;
                } else {
                  result[0] += 0.00025493004270210276;
                }
              } else {
                result[0] += -7.237417606245904e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0011484591517518714;
              } else {
                result[0] += -0.0006467999127265287;
              }
            } else {
              result[0] += -7.237417606245904e-05;
            }
          }
        } else {
          result[0] += -0.0011484591517518714;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)25336.00000000000364) ) ) {
                  result[0] += 9.156446579444418e-06;
                } else {
                  result[0] += -0.000305185235119203;
                }
              } else {
                result[0] += -0.000305185235119203;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)230.0000000000000284) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)202.0000000000000284) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                          result[0] += 0.00012865708933030388;
                        } else {
                          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)49857.00000000000728) ) ) {
                            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)17515.50000000000364) ) ) {
                              result[0] += 4.3095750815946e-05;
                            } else {
                              result[0] += 1.4315383429109436e-05;
                            }
                          } else {
                            result[0] += -2.3553163800041174e-05;
                          }
                        }
                      } else {
                        result[0] += -0.00016166782457999366;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                        result[0] += 0.00012865708933030388;
                      } else {
                        result[0] += 9.156446579444418e-06;
                      }
                    }
                  } else {
                    result[0] += -0.00016166782457999366;
                  }
                } else {
                  result[0] += -0.00016166782457999366;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                        result[0] += 0.00025312394670539903;
                      } else {
                        result[0] += 0.00016345378390246544;
                      }
                    } else {
                      result[0] += 0.0002756848326285459;
                    }
                  } else {
                    result[0] += 9.156446579444418e-06;
                  }
                } else {
                  result[0] += -0.00016166782457999366;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0009377836742745747;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += -0.000305185235119203;
              } else {
                result[0] += -0.00016166782457999366;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0010862714311428779;
            } else {
              result[0] += -0.0006925373617888485;
            }
          } else {
            result[0] += -0.000305185235119203;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
        result[0] += -0.001521415970866265;
      } else {
        result[0] += -0.0011484591517518714;
      }
    }
  } else {
    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += 0.00020344379808282924;
          } else {
            result[0] += 0.00011460060522968097;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)836.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                result[0] += 0.00010290912203800127;
              } else {
                result[0] += 0.00011460060522968097;
              }
            } else {
              result[0] += 0.00010290912203800127;
            }
          } else {
            result[0] += 0.00010290912203800127;
          }
        }
      } else {
        result[0] += 4.081309160654148e-05;
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)154.0000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)97898.00000000001455) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)106.0000000000000142) ) ) {
              result[0] += 0.00010290912203800127;
            } else {
              result[0] += 4.081309160654148e-05;
            }
          } else {
            result[0] += 4.081309160654148e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.00017068105895415514;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              result[0] += 1.0304373613400891e-05;
            } else {
              result[0] += 4.081309160654148e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                result[0] += -0.00023853425364741;
              } else {
                result[0] += -0.0002125812414750856;
              }
            } else {
              result[0] += -0.00011391855492492408;
            }
          } else {
            result[0] += 4.081309160654148e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
                  result[0] += -0.0002558763256298988;
                } else {
                  result[0] += -0.00042930425928657803;
                }
              } else {
                result[0] += -0.0002558763256298988;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)238.0000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)178.0000000000000284) ) ) {
                  result[0] += 8.723569703955392e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)182.0000000000000284) ) ) {
                      result[0] += -2.7059247455814885e-05;
                    } else {
                      result[0] += -8.232064435805263e-05;
                    }
                  } else {
                    result[0] += -2.7059247455814885e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                  result[0] += -0.00012017450290677728;
                } else {
                  result[0] += -7.946465749242088e-05;
                }
              }
            }
          } else {
            result[0] += 4.081309160654148e-05;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1014648.000000000116) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)468448.0000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)436720.0000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00028439788471761447;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)142.0000000000000284) ) ) {
                  result[0] += -2.891907471675712e-05;
                } else {
                  result[0] += -0.00028439788471761447;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)75600.50000000001455) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)210.0000000000000284) ) ) {
                      result[0] += 0.0001199049751392899;
                    } else {
                      result[0] += -2.891907471675712e-05;
                    }
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                      result[0] += 0.0002557621559850125;
                    } else {
                      result[0] += 0.0001199049751392899;
                    }
                  }
                } else {
                  result[0] += -2.891907471675712e-05;
                }
              }
            }
          } else {
            result[0] += -0.00028439788471761447;
          }
        } else {
          result[0] += -0.001029630173578588;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)928606.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)250.0000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)26.50000000000000355) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)29252.50000000000364) ) ) {
                  result[0] += 6.7495592719193135e-06;
                } else {
                  result[0] += -0.0002643029071921114;
                }
              } else {
                result[0] += -0.0002643029071921114;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)218.0000000000000284) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1370.000000000000227) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                        result[0] += 6.7495592719193135e-06;
                      } else {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                          result[0] += 0.00011184279848925661;
                        } else {
                          result[0] += 0.0001513938655340503;
                        }
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                        result[0] += 6.7495592719193135e-06;
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)247952.0000000000291) ) ) {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                              result[0] += 6.7495592719193135e-06;
                            } else {
                              result[0] += 3.2770363006183306e-05;
                            }
                          } else {
                            result[0] += 0.00011184279848925661;
                          }
                        } else {
                          result[0] += 6.7495592719193135e-06;
                        }
                      }
                    }
                  } else {
                    result[0] += -0.000123979135046017;
                  }
                } else {
                  result[0] += -0.000123979135046017;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)725462.0000000001164) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561814.0000000001164) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4538.000000000000909) ) ) {
                        result[0] += 0.00021811022826947622;
                      } else {
                        result[0] += 0.0001400586807110733;
                      }
                    } else {
                      result[0] += 0.0002481885618510823;
                    }
                  } else {
                    result[0] += 6.7495592719193135e-06;
                  }
                } else {
                  result[0] += -0.000123979135046017;
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0008431702761383005;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                result[0] += -0.000265393827515342;
              } else {
                result[0] += -0.000123979135046017;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0009765239187143277;
            } else {
              result[0] += -0.0006228281590157498;
            }
          } else {
            result[0] += -0.000265393827515342;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
        result[0] += -0.0013078053509081827;
      } else {
        result[0] += -0.001029630173578588;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.0000000000000284) ) ) {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)11258.00000000000182) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)242.0000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)2068.000000000000455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35.50000000000000711) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 0.00018313874292842663;
              } else {
                result[0] += 0.00013134698155349198;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    result[0] += 8.217139648747692e-05;
                  } else {
                    result[0] += 0.00013134698155349198;
                  }
                } else {
                  result[0] += 8.217139648747692e-05;
                }
              } else {
                result[0] += 0.00013134698155349198;
              }
            }
          } else {
            result[0] += 8.217139648747692e-05;
          }
        } else {
          result[0] += 4.4320976336200833e-05;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)110.0000000000000142) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)514240.0000000000582) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 8.217139648747692e-05;
            } else {
              result[0] += 4.4320976336200833e-05;
            }
          } else {
            result[0] += 4.4320976336200833e-05;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                result[0] += -0.00020798047892664243;
              } else {
                result[0] += -8.431760072075869e-05;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
                result[0] += 4.4320976336200833e-05;
              } else {
                result[0] += -8.431760072075869e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)272150.0000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)222.0000000000000284) ) ) {
                  result[0] += 4.4320976336200833e-05;
                } else {
                  result[0] += -7.970316088372608e-05;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)126.0000000000000142) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)122.0000000000000142) ) ) {
                    result[0] += 4.4320976336200833e-05;
                  } else {
                    result[0] += -1.366158613736563e-05;
                  }
                } else {
                  result[0] += -7.970316088372608e-05;
                }
              }
            } else {
              result[0] += 4.4320976336200833e-05;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1536396.000000000233) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0004722639038479336;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0004722639038479336;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
                result[0] += -0.0003012942442522609;
              } else {
                result[0] += -0.00016413702046197949;
              }
            }
          }
        } else {
          result[0] += -8.431760072075869e-05;
        }
      } else {
        result[0] += -0.0004722639038479336;
      }
    }
  }
}

