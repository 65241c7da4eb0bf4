
#include "header.h"

void predict_unit3(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)128.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
          result[0] += -0.00021596800449206943;
        } else {
          result[0] += -0.0008107761890298351;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          result[0] += -0.0008107761890298351;
        } else {
          result[0] += -0.0011813728652207665;
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                  result[0] += 0.0003746001237069117;
                } else {
                  result[0] += -0.00021596800449206943;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1357.500000000000227) ) ) {
                        result[0] += 0.00022734360795246156;
                      } else {
                        result[0] += 0.0003746001237069117;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
                        result[0] += -0.00021596800449206943;
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
                            result[0] += -0.00014896354148064375;
                          } else {
                            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                              result[0] += 0.00022734360795246156;
                            } else {
                              result[0] += 6.386044037318489e-05;
                            }
                          }
                        } else {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                            result[0] += -0.00020293505854040712;
                          } else {
                            result[0] += 3.090079566967842e-05;
                          }
                        }
                      }
                    }
                  } else {
                    result[0] += -0.00021596800449206943;
                  }
                } else {
                  result[0] += -0.00021596800449206943;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                result[0] += -0.0005063674560855097;
              } else {
                result[0] += -0.0008107761890298351;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                result[0] += 0.0007685558140201384;
              } else {
                result[0] += 0.0002898751047564114;
              }
            } else {
              result[0] += -0.00021596800449206943;
            }
          }
        } else {
          result[0] += -0.0008107761890298351;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                      result[0] += 0.0005982691425873537;
                    } else {
                      result[0] += 0.0004220167246265496;
                    }
                  } else {
                    result[0] += 0.0003405698241760076;
                  }
                } else {
                  result[0] += 0.0005982691425873537;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.0003405698241760076;
                  } else {
                    result[0] += 0.0004220167246265496;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                        result[0] += 0.00013582305500474596;
                      } else {
                        result[0] += 3.61286920930268e-05;
                      }
                    } else {
                      result[0] += -0.00016104043579993378;
                    }
                  } else {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                      result[0] += 0.0003405698241760076;
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                          result[0] += 0.00013582305500474596;
                        } else {
                          result[0] += 3.61286920930268e-05;
                        }
                      } else {
                        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                          result[0] += 0.0003405698241760076;
                        } else {
                          result[0] += 0.00013582305500474596;
                        }
                      }
                    }
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += 0.0005982691425873537;
                } else {
                  result[0] += 0.0011383989018188692;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.0004220167246265496;
                } else {
                  result[0] += 0.0005982691425873537;
                }
              }
            }
          } else {
            result[0] += -0.00016104043579993378;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
              result[0] += -0.00016104043579993378;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                result[0] += -0.000441450557138901;
              } else {
                result[0] += -0.0008107761890298351;
              }
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
              result[0] += 3.61286920930268e-05;
            } else {
              result[0] += -0.00016104043579993378;
            }
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)70.50000000000001421) ) ) {
          result[0] += 0.00036448831388761094;
        } else {
          result[0] += -0.0003410681853209009;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.0009157572452519728;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += 0.00036448831388761094;
                } else {
                  result[0] += 0.0005876018523134917;
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0013968762053335135;
              } else {
                result[0] += 0.0009157572452519728;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              result[0] += 0.00036448831388761094;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.0006297317551741703;
              } else {
                result[0] += 0.0008466634722546883;
              }
            }
          }
        } else {
          result[0] += -0.00020313495950827142;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
          result[0] += -0.000561811134998658;
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            result[0] += -0.000561811134998658;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                result[0] += -0.001602692525584967;
              } else {
                result[0] += -0.0029075290908316623;
              }
            } else {
              result[0] += -0.000561811134998658;
            }
          }
        }
      } else {
        result[0] += -0.00020313495950827142;
      }
    }
  }
  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
      result[0] += -0.0009324352343033292;
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += -0.0013729904115206584;
      } else {
        result[0] += -0.003411859457254716;
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.0002621484637048052;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                            result[0] += 0.00010612309479502696;
                          } else {
                            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                              result[0] += -0.00016968805283054862;
                            } else {
                              result[0] += -0.0003397619181946601;
                            }
                          }
                        } else {
                          result[0] += -0.0003397619181946601;
                        }
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                          result[0] += 0.0002621484637048052;
                        } else {
                          result[0] += -0.00016968805283054862;
                        }
                      }
                    } else {
                      result[0] += -0.0003397619181946601;
                    }
                  } else {
                    result[0] += -0.0003397619181946601;
                  }
                } else {
                  result[0] += -0.0003397619181946601;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.0009324352343033292;
              } else {
                result[0] += -0.0003885816588985884;
              }
            }
          } else {
            result[0] += -0.0009324352343033292;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)256816.5000000000291) ) ) {
                  result[0] += 0.00018375680666169738;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                    result[0] += -0.00014797101630412208;
                  } else {
                    result[0] += -0.000470871891561435;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                  result[0] += -0.0009280908078919702;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                    result[0] += -0.000470871891561435;
                  } else {
                    result[0] += -0.0005675084539835469;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                      result[0] += 0.00018375680666169738;
                    } else {
                      result[0] += -0.00014797101630412208;
                    }
                  } else {
                    result[0] += -0.00014797101630412208;
                  }
                } else {
                  result[0] += 0.0002621484637048052;
                }
              } else {
                result[0] += -0.00020630250070311756;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
              result[0] += -0.0009280908078919702;
            } else {
              result[0] += -0.0005675084539835469;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)852426.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            result[0] += 0.0008447439677576526;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                result[0] += 0.0002621484637048052;
              } else {
                result[0] += 0.0005584422085357411;
              }
            } else {
              result[0] += -0.00013669123824281272;
            }
          }
        } else {
          result[0] += -0.0005675084539835469;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0010439828317110344;
            } else {
              result[0] += 0.0006933004831058513;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 6.054713291621513e-05;
              } else {
                result[0] += 0.0003325819245272556;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                result[0] += 0.0006933004831058513;
              } else {
                result[0] += 0.00041575573202211016;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  result[0] += -1.2125741700072504e-05;
                } else {
                  result[0] += -0.00018339788740647753;
                }
              } else {
                result[0] += 0.00019736932136423343;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                result[0] += -0.00018339788740647753;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += -6.330966657575131e-05;
                  } else {
                    result[0] += 0.00019736932136423343;
                  }
                } else {
                  result[0] += -0.00018339788740647753;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
                result[0] += 0.0001819045000455551;
              } else {
                result[0] += -1.2125741700072504e-05;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                result[0] += 0.00041575573202211016;
              } else {
                result[0] += 0.00019736932136423343;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += -0.0003783828028841799;
            } else {
              result[0] += -0.0009324352343033292;
            }
          } else {
            result[0] += -0.0009324352343033292;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                result[0] += -0.0003115237850682105;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                  result[0] += 6.054713291621513e-05;
                } else {
                  result[0] += -0.00018339788740647753;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += -0.0005226494281039542;
                } else {
                  result[0] += -0.00018339788740647753;
                }
              } else {
                result[0] += -0.0007784899107258118;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
              result[0] += 0.00041575573202211016;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -1.2125741700072504e-05;
              } else {
                result[0] += -0.00018339788740647753;
              }
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
        result[0] += -0.0001914778851454556;
      } else {
        result[0] += -0.000914202545336681;
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += -0.000914202545336681;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0013099431757750799;
          } else {
            result[0] += -0.000914202545336681;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += -0.002201501610070686;
              } else {
                result[0] += -0.003037996573672062;
              }
            } else {
              result[0] += -0.0015896597598401892;
            }
          } else {
            result[0] += -0.00414720959788196;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                  result[0] += 0.0002984254028489109;
                } else {
                  result[0] += -0.00017933184733265654;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                    result[0] += -0.00017933184733265654;
                  } else {
                    result[0] += -0.00034552414863725425;
                  }
                } else {
                  result[0] += -0.0004160110409054196;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
                  result[0] += 0.000789234550506119;
                } else {
                  result[0] += 0.00032330258227654895;
                }
              } else {
                result[0] += -0.00017933184733265654;
              }
            }
          } else {
            result[0] += -0.0006494412705512356;
          }
        } else {
          result[0] += -0.000914202545336681;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  result[0] += 0.0006920282979920152;
                } else {
                  result[0] += 0.0012282463371062174;
                }
              } else {
                result[0] += 0.00041441684562220043;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00011169567527726474;
                  } else {
                    result[0] += 0.00035218580948843687;
                  }
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                      result[0] += 0.00010623613441419523;
                    } else {
                      result[0] += -0.00011122217646253343;
                    }
                  } else {
                    result[0] += 0.00010623613441419523;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00035218580948843687;
                } else {
                  result[0] += 0.00041441684562220043;
                }
              }
            }
          } else {
            result[0] += -0.00011122217646253343;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
            result[0] += -0.00011122217646253343;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
                result[0] += -0.0003007473636413987;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                  result[0] += -0.000914202545336681;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
                    result[0] += -0.0006237582060020608;
                  } else {
                    result[0] += -0.000914202545336681;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1390344.000000000233) ) ) {
                result[0] += -0.00011122217646253343;
              } else {
                result[0] += -0.0002068710896495624;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0008216618836399485;
                } else {
                  result[0] += 0.0005256828264386364;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 0.000414803787471556;
                } else {
                  result[0] += 0.00032367397750784834;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)120.5000000000000142) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += 0.0001797104181823494;
                } else {
                  result[0] += 0.00032367397750784834;
                }
              } else {
                result[0] += 0.0001345304346381667;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += -0.00036480154102307806;
            } else {
              result[0] += 5.384285728681091e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += 0.0008945577714442228;
              } else {
                result[0] += 0.001699368223937873;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                result[0] += 0.0005959876337727765;
              } else {
                result[0] += 0.0008605716866912467;
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
                  result[0] += 0.000414803787471556;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)120.5000000000000142) ) ) {
                    result[0] += 0.000414803787471556;
                  } else {
                    result[0] += 0.0002903450860039034;
                  }
                }
              } else {
                result[0] += 0.0006211740452198677;
              }
            } else {
              result[0] += 5.384285728681091e-05;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
            result[0] += 0.0001345304346381667;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              result[0] += -0.00022483147187293674;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                result[0] += -0.00039452613844669093;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                  result[0] += -0.00039452613844669093;
                } else {
                  result[0] += -0.000914202545336681;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            result[0] += 0.0002903450860039034;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += -8.481381320036167e-05;
            } else {
              result[0] += -0.00039452613844669093;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += -0.0002963577917050682;
      } else {
        result[0] += -0.0006835294902623406;
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += -0.0007603082105576097;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
          result[0] += -0.0012548114211837806;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            result[0] += -0.0019767523311265338;
          } else {
            result[0] += -0.002734366863238569;
          }
        }
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            result[0] += 0.00023776819684741157;
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)152.5000000000000284) ) ) {
                        result[0] += -0.00011857084204585446;
                      } else {
                        result[0] += -0.0002963577917050682;
                      }
                    } else {
                      result[0] += -0.00011857084204585446;
                    }
                  } else {
                    result[0] += -0.0002963577917050682;
                  }
                } else {
                  result[0] += -0.0002963577917050682;
                }
              } else {
                result[0] += -0.0002963577917050682;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                result[0] += -0.00011857084204585446;
              } else {
                result[0] += -0.0002963577917050682;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
            result[0] += -0.0007603082105576097;
          } else {
            result[0] += -0.0002963577917050682;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0011199340174253914;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                    result[0] += 0.0002519900471672394;
                  } else {
                    result[0] += 7.263373957140677e-05;
                  }
                } else {
                  result[0] += 0.0004290697132359865;
                }
              }
            } else {
              result[0] += -0.00011857084204585446;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                  result[0] += 0.0007070229322372549;
                } else {
                  result[0] += 0.00041628479764904024;
                }
              } else {
                result[0] += -2.9944267007907717e-05;
              }
            } else {
              result[0] += 0.0007197516180595759;
            }
          }
        } else {
          result[0] += -0.00011857084204585446;
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0008927586214871347;
            } else {
              result[0] += 0.0006439306643568927;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
                    result[0] += 0.0003020676677011479;
                  } else {
                    result[0] += 9.881248984229085e-05;
                  }
                } else {
                  result[0] += -0.00014024877063187148;
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                  result[0] += 0.00030651682848424085;
                } else {
                  result[0] += -0.00014024877063187148;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                  result[0] += 0.0006439306643568927;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                    result[0] += 0.00043446110506539267;
                  } else {
                    result[0] += 0.0006439306643568927;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00030651682848424085;
                } else {
                  result[0] += 0.0006380827253821391;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                result[0] += -0.00014024877063187148;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
                    result[0] += 9.881248984229085e-05;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                      result[0] += -0.00014024877063187148;
                    } else {
                      result[0] += 3.6298307887830937e-05;
                    }
                  }
                } else {
                  result[0] += 0.00030651682848424085;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                result[0] += 0.00012813680428080623;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00030651682848424085;
                } else {
                  result[0] += 0.0006380827253821391;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
                result[0] += -0.00014024877063187148;
              } else {
                result[0] += -0.0002614030605132466;
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                result[0] += 2.5792863623732237e-05;
              } else {
                result[0] += 0.00023616376872592285;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              result[0] += -0.00036944883637734507;
            } else {
              result[0] += -0.0007603082105576097;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              result[0] += -0.0015114634875662675;
            } else {
              result[0] += -0.0006017836618252128;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                      result[0] += -0.00015394350204008434;
                    } else {
                      result[0] += -0.0002978453087023127;
                    }
                  } else {
                    result[0] += -0.00014024877063187148;
                  }
                } else {
                  result[0] += 2.5792863623732237e-05;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  result[0] += -0.00036944883637734507;
                } else {
                  result[0] += -0.0002978453087023127;
                }
              }
            } else {
              result[0] += -0.00036944883637734507;
            }
          } else {
            result[0] += 2.5792863623732237e-05;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0006796875772962584;
        } else {
          result[0] += -0.0003633255514268769;
        }
      } else {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
          result[0] += -0.0006796875772962584;
        } else {
          result[0] += -0.0016097565314312245;
        }
      }
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += -0.0010645264079870316;
      } else {
        result[0] += -0.002453837127982583;
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0005299581639215822;
                } else {
                  result[0] += 0.00024084534480724642;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                  result[0] += -0.0002262493922286273;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                      result[0] += -0.00012826482633546447;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
                          result[0] += 0.00024084534480724642;
                        } else {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                            result[0] += -2.6975936758606864e-05;
                          } else {
                            result[0] += 0.00024084534480724642;
                          }
                        }
                      } else {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
                          result[0] += -0.00012826482633546447;
                        } else {
                          result[0] += 4.817051091657374e-05;
                        }
                      }
                    }
                  } else {
                    result[0] += -0.00012826482633546447;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                result[0] += 0.0006228448325832176;
              } else {
                result[0] += 0.00024084534480724642;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
              result[0] += -0.0006796875772962584;
            } else {
              result[0] += -0.00012826482633546447;
            }
          }
        } else {
          result[0] += -0.0006796875772962584;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                  result[0] += 0.00018819803195775577;
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -9.345502710914542e-05;
                  } else {
                    result[0] += 1.4348150310941532e-05;
                  }
                }
              } else {
                result[0] += -9.345502710914542e-05;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)42938.00000000000728) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += 0.00018819803195775577;
                  } else {
                    result[0] += 0.00033369949031556557;
                  }
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                          result[0] += 0.0006608408730312213;
                        } else {
                          result[0] += 0.0004071731492111707;
                        }
                      } else {
                        result[0] += 0.001014784269417423;
                      }
                    } else {
                      result[0] += 0.00018819803195775577;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                      result[0] += 0.0005657111847970443;
                    } else {
                      result[0] += 0.0010681702504391133;
                    }
                  }
                }
              } else {
                result[0] += 0.00018819803195775577;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                  result[0] += -0.00010531752545500243;
                } else {
                  result[0] += -0.00021682638740672737;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += -9.926286295542213e-05;
                } else {
                  result[0] += 2.9782069901750682e-05;
                }
              }
            } else {
              result[0] += 0.00018819803195775577;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                result[0] += -0.0006739773846207001;
              } else {
                result[0] += -0.0010645264079870316;
              }
            } else {
              result[0] += -0.0005810827121273828;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                    result[0] += -0.0002193703886177519;
                  } else {
                    result[0] += -0.0005226295415817541;
                  }
                } else {
                  result[0] += -0.00021682638740672737;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                  result[0] += -0.00032706164807313055;
                } else {
                  result[0] += -0.0005810827121273828;
                }
              }
            } else {
              result[0] += 0.00018819803195775577;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
              result[0] += 0.0004662958961594962;
            } else {
              result[0] += 0.00028609690137541317;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                result[0] += 0.0007363254786289463;
              } else {
                result[0] += 0.001197493926305385;
              }
            } else {
              result[0] += 0.0004662958961594962;
            }
          }
        } else {
          result[0] += -0.00015903056973729944;
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)136.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)727.5000000000001137) ) ) {
            result[0] += -6.075441828419398e-05;
          } else {
            result[0] += 0.00028609690137541317;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
            result[0] += -6.075441828419398e-05;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1657.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
                result[0] += -0.00015903056973729944;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                  result[0] += -0.0003633255514268769;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                    result[0] += -0.0003633255514268769;
                  } else {
                    result[0] += -0.0006796875772962584;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
                result[0] += -6.075441828419398e-05;
              } else {
                result[0] += -0.00015903056973729944;
              }
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
          result[0] += -0.00016441908097095462;
        } else {
          result[0] += -0.000563792625493252;
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          result[0] += -0.000563792625493252;
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += -0.000563792625493252;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                result[0] += -0.001520922636594691;
              } else {
                result[0] += -0.002287161457648383;
              }
            }
          } else {
            result[0] += -0.0006589244922245249;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                      result[0] += -1.5477896856332768e-05;
                    } else {
                      result[0] += -7.52352888111788e-05;
                    }
                  } else {
                    result[0] += -0.00016441908097095462;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                      result[0] += -1.5477896856332768e-05;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                        result[0] += 0.00028763527066683964;
                      } else {
                        result[0] += -1.5477896856332768e-05;
                      }
                    }
                  } else {
                    result[0] += -1.5477896856332768e-05;
                  }
                }
              } else {
                result[0] += -0.00016441908097095462;
              }
            } else {
              result[0] += -0.0005060949030795279;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.001009147017219832;
                } else {
                  result[0] += 0.00034629179212898527;
                }
              } else {
                result[0] += 0.0001308377589510592;
              }
            } else {
              result[0] += -0.00016441908097095462;
            }
          }
        } else {
          result[0] += -0.000563792625493252;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                result[0] += 8.337148413216994e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                    result[0] += 2.06832980608444e-05;
                  } else {
                    result[0] += -0.00016441908097095462;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
                    result[0] += 2.06832980608444e-05;
                  } else {
                    result[0] += -0.00016089309117517768;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += 0.0003016879963175435;
                    } else {
                      result[0] += 0.0005206610921595796;
                    }
                  } else {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
                        result[0] += 0.00016538194794417824;
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                          result[0] += 0.0003016879963175435;
                        } else {
                          result[0] += 0.00016538194794417824;
                        }
                      }
                    } else {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                          result[0] += 0.0004911220555588951;
                        } else {
                          result[0] += 0.0003072887563482793;
                        }
                      } else {
                        result[0] += 8.337148413216994e-05;
                      }
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                    result[0] += 0.0011900860052744728;
                  } else {
                    result[0] += 0.0005206610921595796;
                  }
                }
              } else {
                result[0] += 2.06832980608444e-05;
              }
            }
          } else {
            result[0] += -0.00016441908097095462;
          }
        } else {
          result[0] += -0.00016441908097095462;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)66.50000000000001421) ) ) {
          result[0] += 0.0002924988751488771;
        } else {
          result[0] += -6.906128043335387e-05;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                  result[0] += 0.00043526475289133357;
                } else {
                  result[0] += 0.0002924988751488771;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.0007357220805558683;
                } else {
                  result[0] += 0.00047575832974480607;
                }
              }
            } else {
              result[0] += 0.0002924988751488771;
            }
          } else {
            result[0] += 0.00010553611436539899;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.001225563841820823;
            } else {
              result[0] += 0.0008218671781347899;
            }
          } else {
            result[0] += 0.0005415612152238914;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.000305498376033764;
            } else {
              result[0] += -6.955077521824406e-05;
            }
          } else {
            result[0] += 8.56559239438153e-05;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1129627.000000000233) ) ) {
                result[0] += -0.000305498376033764;
              } else {
                result[0] += -0.0003575982922455213;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                result[0] += -0.0003575982922455213;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                    result[0] += -0.0010881813133264658;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
                      result[0] += -0.0028104913709414937;
                    } else {
                      result[0] += -0.0013704924776843405;
                    }
                  }
                } else {
                  result[0] += -0.0003575982922455213;
                }
              }
            }
          } else {
            result[0] += -0.00021086445524886395;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          result[0] += 0.00010553611436539899;
        } else {
          result[0] += 0.0005415612152238914;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
      result[0] += -0.0005741998589197309;
    } else {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += -0.000864419247236266;
      } else {
        result[0] += -0.0021591692579290664;
      }
    }
  } else {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                  result[0] += 0.0001894080048735396;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                    result[0] += -0.00018721158374499197;
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                          result[0] += -0.00012137316019791305;
                        } else {
                          result[0] += -0.00014974798344525905;
                        }
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)236.5000000000000284) ) ) {
                            result[0] += 0.0001894080048735396;
                          } else {
                            result[0] += -0.00012137316019791305;
                          }
                        } else {
                          result[0] += -0.00012137316019791305;
                        }
                      }
                    } else {
                      result[0] += -0.00014974798344525905;
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                  result[0] += 0.0005202508449382154;
                } else {
                  result[0] += 0.0001894080048735396;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.0005741998589197309;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += -0.00032689142448641184;
                } else {
                  result[0] += -0.00014974798344525905;
                }
              }
            }
          } else {
            result[0] += -0.0005741998589197309;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.00011498473562083986;
              } else {
                result[0] += -0.00014437773026449333;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                result[0] += -0.0005741998589197309;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                  result[0] += -0.00024417134618625415;
                } else {
                  result[0] += -0.0005741998589197309;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)561521.5000000001164) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                  result[0] += 0.00011498473562083986;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                    result[0] += -0.00014437773026449333;
                  } else {
                    result[0] += 0.00011498473562083986;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                      result[0] += 0.0005686525460694494;
                    } else {
                      result[0] += 0.0003106754248354974;
                    }
                  } else {
                    result[0] += 0.00011498473562083986;
                  }
                } else {
                  result[0] += 0.0005686525460694494;
                }
              }
            } else {
              result[0] += -0.00014437773026449333;
            }
          }
        }
      } else {
        result[0] += -0.0005741998589197309;
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.0007201139248100746;
              } else {
                result[0] += 0.0004975870164955525;
              }
            } else {
              result[0] += 0.0004975870164955525;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                result[0] += 3.178899680093484e-05;
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.00013191606208221596;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                    result[0] += 0.00031054286326465444;
                  } else {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
                      result[0] += 3.178899680093484e-05;
                    } else {
                      result[0] += 0.00019432064436533702;
                    }
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                  result[0] += 0.0004975870164955525;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                    result[0] += 0.0003156957669220339;
                  } else {
                    result[0] += 0.0004975870164955525;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 0.0001981954889204938;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                    result[0] += 0.0002657754520080947;
                  } else {
                    result[0] += 0.0004975870164955525;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                  result[0] += 3.178899680093484e-05;
                } else {
                  result[0] += -8.495843598727063e-05;
                }
              } else {
                result[0] += 9.236357735304467e-05;
              }
            } else {
              result[0] += 0.0001981954889204938;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1387.500000000000227) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
                  result[0] += -8.495843598727063e-05;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    result[0] += -0.00023209944854200761;
                  } else {
                    result[0] += -0.00012561047493906023;
                  }
                }
              } else {
                result[0] += -2.8187231949741162e-05;
              }
            } else {
              result[0] += 0.0001981954889204938;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                result[0] += -0.0002813970657806645;
              } else {
                result[0] += -0.0005741998589197309;
              }
            } else {
              result[0] += -0.0005741998589197309;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -0.0002813970657806645;
            } else {
              result[0] += -0.0005465892774851451;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
            result[0] += 0.00010861258681020676;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1244171.500000000233) ) ) {
                result[0] += -0.00012561047493906023;
              } else {
                result[0] += -0.0002813970657806645;
              }
            } else {
              result[0] += 0.00010861258681020676;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += -0.00047977635186055123;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            result[0] += -0.00028120829661735364;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += -0.0007425904188644338;
            } else {
              result[0] += -0.0017021690169083245;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
                result[0] += -0.00028120829661735364;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
                      result[0] += 0.0005913871016967231;
                    } else {
                      result[0] += -7.90377903132282e-05;
                    }
                  } else {
                    result[0] += 0.0005913871016967231;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                        result[0] += -7.90377903132282e-05;
                      } else {
                        result[0] += -0.00021078623333690055;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                        result[0] += -1.0295455558165764e-05;
                      } else {
                        result[0] += 9.569572381091244e-05;
                      }
                    }
                  } else {
                    result[0] += -0.00021078623333690055;
                  }
                }
              }
            } else {
              result[0] += -0.00028120829661735364;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.00042213312985281567;
              } else {
                result[0] += 0.00019217021594239062;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                  result[0] += -0.00013364057644654127;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                      result[0] += -0.00042478572550215846;
                    } else {
                      result[0] += -0.00030153173286830647;
                    }
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                      result[0] += -0.00013364057644654127;
                    } else {
                      result[0] += -0.00021187842555094556;
                    }
                  }
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                        result[0] += 0.00019217021594239062;
                      } else {
                        result[0] += 2.448623398613643e-05;
                      }
                    } else {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                          result[0] += 2.448623398613643e-05;
                        } else {
                          result[0] += -0.00013364057644654127;
                        }
                      } else {
                        result[0] += 2.448623398613643e-05;
                      }
                    }
                  } else {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
                      result[0] += 0.00019217021594239062;
                    } else {
                      result[0] += 2.448623398613643e-05;
                    }
                  }
                } else {
                  result[0] += -0.00013364057644654127;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)697.5000000000001137) ) ) {
            result[0] += -0.00047977635186055123;
          } else {
            result[0] += -0.00028120829661735364;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            result[0] += 0.0006052057837389017;
          } else {
            result[0] += 0.00033733330089864394;
          }
        } else {
          result[0] += 0.0009324301815335028;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 0.00019217021594239062;
        } else {
          result[0] += 0.00033733330089864394;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0001425957376153046;
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                result[0] += 0.0005576333971660548;
              } else {
                result[0] += 0.0010998043940567048;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                  result[0] += 0.0004469882374374552;
                } else {
                  result[0] += 0.00032067289769660074;
                }
              } else {
                result[0] += 0.0005576333971660548;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += 0.00010197604365448977;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
                  result[0] += 0.00032067289769660074;
                } else {
                  result[0] += 0.00021874908169693824;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  result[0] += 0.00032067289769660074;
                } else {
                  result[0] += 0.0005576333971660548;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0006860589608331403;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
              result[0] += -0.0002670951660610533;
            } else {
              result[0] += -0.00010264446436198646;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
            result[0] += 0.00021874908169693824;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              result[0] += -5.194493526799205e-05;
            } else {
              result[0] += 0.00021874908169693824;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0014049021461073714;
          } else {
            result[0] += -0.000938030708226964;
          }
        } else {
          result[0] += -0.00299482304424928;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            result[0] += -0.0002670951660610533;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)318989.0000000000582) ) ) {
              result[0] += 0.00021874908169693824;
            } else {
              result[0] += -5.194493526799205e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            result[0] += -0.0002670951660610533;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                result[0] += -0.0008933756716154684;
              } else {
                result[0] += -0.00039525631184452505;
              }
            } else {
              result[0] += -0.000938030708226964;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        result[0] += 0.00020776410415254026;
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)140.5000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
              result[0] += -5.1184110551294264e-05;
            } else {
              result[0] += -0.0003894873282973248;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              result[0] += -0.0003894873282973248;
            } else {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                      result[0] += -0.0003894873282973248;
                    } else {
                      result[0] += -0.0006004358789335491;
                    }
                  } else {
                    result[0] += -0.0010094055234365219;
                  }
                } else {
                  result[0] += -0.0023465041212516794;
                }
              } else {
                result[0] += -0.0005558538626927327;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
              if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)373495.5000000000582) ) ) {
                  result[0] += -5.1184110551294264e-05;
                } else {
                  result[0] += -0.00017697871477215883;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)147545.5000000000291) ) ) {
                      result[0] += 0.00012235379400333624;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                        result[0] += -4.096188554561789e-06;
                      } else {
                        result[0] += -7.741393883976629e-05;
                      }
                    }
                  } else {
                    result[0] += -0.00017697871477215883;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)531449.0000000001164) ) ) {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += 0.00020776410415254026;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)210759.0000000000291) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)127548.5000000000146) ) ) {
                          result[0] += 0.00020776410415254026;
                        } else {
                          result[0] += 0.00012235379400333624;
                        }
                      } else {
                        result[0] += -4.096188554561789e-06;
                      }
                    }
                  } else {
                    result[0] += -4.096188554561789e-06;
                  }
                }
              }
            } else {
              result[0] += -0.00017697871477215883;
            }
          } else {
            result[0] += -0.00024106111765974356;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
          result[0] += 0.000621074101312307;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += 0.0007641900502191743;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0016347823241830352;
            } else {
              result[0] += 0.0009053832752894553;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += 0.00022121745364820484;
          } else {
            result[0] += 0.0007232357764747443;
          }
        } else {
          result[0] += 0.00020776410415254026;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.0007053141911731527;
              } else {
                result[0] += 0.00040608710283941197;
              }
            } else {
              result[0] += 0.0010352791936691034;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.00045766406584090997;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
                  result[0] += 0.00019583483198171376;
                } else {
                  result[0] += 0.00040608710283941197;
                }
              }
            } else {
              result[0] += 0.0006570080919875376;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
            result[0] += 0.00019583483198171376;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                result[0] += 0.00035049639854020735;
              } else {
                result[0] += 0.00023918649057965894;
              }
            } else {
              result[0] += 0.0003518669441496841;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
          result[0] += 0.00019583483198171376;
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0006478173252345591;
              } else {
                result[0] += -0.0003897328091127535;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                  result[0] += -0.00014138299089790904;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                      result[0] += 1.250278882939632e-07;
                    } else {
                      result[0] += 0.0001524175049410705;
                    }
                  } else {
                    result[0] += -0.00014138299089790904;
                  }
                }
              } else {
                result[0] += -0.00016691800311448128;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              result[0] += 0.0001524175049410705;
            } else {
              result[0] += 0.00019583483198171376;
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0011707606598150842;
            } else {
              result[0] += -0.0017996500266946474;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.0011037146424393328;
              } else {
                result[0] += -0.0008433921333204751;
              }
            } else {
              result[0] += -0.0014149505032744081;
            }
          }
        } else {
          result[0] += -0.00268683330029977;
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1567.500000000000227) ) ) {
            result[0] += -0.00016691800311448128;
          } else {
            result[0] += 0.0001524175049410705;
          }
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
            result[0] += -0.00016691800311448128;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                result[0] += -0.0008032802457218346;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += -0.00041068138599243315;
                } else {
                  result[0] += -0.00016691800311448128;
                }
              }
            } else {
              result[0] += -0.0008433921333204751;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.00011637681545654945;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)346334.0000000000582) ) ) {
                      result[0] += -8.70098091902275e-05;
                    } else {
                      result[0] += -0.000499527849774518;
                    }
                  } else {
                    result[0] += -0.000499527849774518;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                      if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
                        result[0] += 0.00011637681545654945;
                      } else {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
                          result[0] += -8.70098091902275e-05;
                        } else {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                            result[0] += 1.413275921994071e-05;
                          } else {
                            result[0] += 0.00011637681545654945;
                          }
                        }
                      }
                    } else {
                      result[0] += -8.70098091902275e-05;
                    }
                  } else {
                    result[0] += -8.70098091902275e-05;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)50293.00000000000728) ) ) {
                result[0] += 0.0004029042220127401;
              } else {
                result[0] += 0.00011637681545654945;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += -0.0005004868309375701;
            } else {
              result[0] += -8.70098091902275e-05;
            }
          }
        } else {
          result[0] += -0.0005004868309375701;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.00038724556631974087;
            } else {
              result[0] += -0.00012020670940384745;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              result[0] += -0.0005004868309375701;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += -0.0001758135164075449;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                  result[0] += -0.0005004868309375701;
                } else {
                  result[0] += -0.0001758135164075449;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)200.5000000000000284) ) ) {
                    result[0] += 6.782032250352826e-05;
                  } else {
                    result[0] += -0.00012020670940384745;
                  }
                } else {
                  result[0] += -0.00012020670940384745;
                }
              } else {
                result[0] += 6.782032250352826e-05;
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0004696846763203468;
                  } else {
                    result[0] += 0.0002571511846689337;
                  }
                } else {
                  result[0] += 0.0004696846763203468;
                }
              } else {
                result[0] += 6.782032250352826e-05;
              }
            }
          } else {
            result[0] += -0.00012020670940384745;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
        result[0] += -0.0005004868309375701;
      } else {
        result[0] += -0.0020448352824625525;
      }
    }
  } else {
    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.000600373505049914;
          } else {
            result[0] += 0.0004038219249324789;
          }
        } else {
          result[0] += 0.00030582668681084955;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
              result[0] += -3.886065551467939e-05;
            } else {
              result[0] += -0.00023949780008373882;
            }
          } else {
            result[0] += -0.0005745079723455151;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1057.500000000000227) ) ) {
              result[0] += 8.549708814104908e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                result[0] += 0.00025296116553415394;
              } else {
                result[0] += 0.00030582668681084955;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)692469.5000000001164) ) ) {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                    result[0] += 8.549708814104908e-05;
                  } else {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)144.5000000000000284) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                          result[0] += -3.886065551467939e-05;
                        } else {
                          result[0] += 4.881741292700967e-05;
                        }
                      } else {
                        result[0] += -3.886065551467939e-05;
                      }
                    } else {
                      result[0] += -0.00011707596168262347;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                      result[0] += 2.666538851354943e-06;
                    } else {
                      result[0] += 8.549708814104908e-05;
                    }
                  } else {
                    result[0] += 0.0001784878616958627;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                  result[0] += -3.886065551467939e-05;
                } else {
                  result[0] += -0.00011707596168262347;
                }
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
                result[0] += 0.0001784878616958627;
              } else {
                result[0] += 0.00030582668681084955;
              }
            }
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0008812027904283774;
          } else {
            result[0] += -0.0013253419497688348;
          }
        } else {
          result[0] += -0.0005745079723455151;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
              result[0] += -0.0001895062421919083;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
                result[0] += 8.549708814104908e-05;
              } else {
                result[0] += -0.00011708289729760518;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                result[0] += -0.00031911160707388537;
              } else {
                result[0] += -0.00011708289729760518;
              }
            } else {
              result[0] += -0.0005745079723455151;
            }
          }
        } else {
          result[0] += 0.00021363745324435307;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 9.961920301406552e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                  result[0] += -0.000136702664889711;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                      result[0] += -9.978795000989613e-05;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                        result[0] += 9.961920301406552e-05;
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                          result[0] += -3.8433354670656074e-05;
                        } else {
                          result[0] += -9.978795000989613e-05;
                        }
                      }
                    }
                  } else {
                    result[0] += -9.978795000989613e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.000709569580545575;
                } else {
                  result[0] += 0.00024088727869898795;
                }
              } else {
                result[0] += 9.961920301406552e-05;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += -0.00044446549298593745;
            } else {
              result[0] += -9.978795000989613e-05;
            }
          }
        } else {
          result[0] += -0.00044446549298593745;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
            result[0] += 1.5835739286452403e-06;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.000404347020395792;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
                    result[0] += -0.0002128126153475548;
                  } else {
                    result[0] += -0.0003804109668609537;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                  result[0] += -9.746258971354161e-05;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                    result[0] += -0.00023995647140474157;
                  } else {
                    result[0] += -0.0003804109668609537;
                  }
                }
              }
            } else {
              result[0] += -0.00044446549298593745;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)420194.5000000000582) ) ) {
                result[0] += 5.561071437655282e-05;
              } else {
                result[0] += 1.5835739286452403e-06;
              }
            } else {
              result[0] += -0.0003136525964556095;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.0008539027494827456;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.00025239927887469584;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                    result[0] += 0.0008539027494827456;
                  } else {
                    result[0] += 0.0004065473496361982;
                  }
                }
              }
            } else {
              result[0] += 1.5835739286452403e-06;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
        result[0] += -0.00044446549298593745;
      } else {
        result[0] += -0.0018363835972083954;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        result[0] += 2.09110432742963e-05;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
            result[0] += -0.00041687379714714485;
          } else {
            result[0] += -0.0006268074675339734;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += -0.0006916420139921291;
            } else {
              result[0] += -0.0013834036748232794;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0010833942035295358;
            } else {
              result[0] += -0.0014501347557826741;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              result[0] += 0.0005024370231409021;
            } else {
              result[0] += 0.0003526191591946403;
            }
          } else {
            result[0] += 0.00029937307674020774;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 2.09110432742963e-05;
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                result[0] += 0.00022734749848650807;
              } else {
                result[0] += 2.09110432742963e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
              result[0] += 0.00029937307674020774;
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  result[0] += 2.09110432742963e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    result[0] += 0.00017107038596074484;
                  } else {
                    result[0] += 0.00029937307674020774;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                    result[0] += 0.0001944887823596872;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                      result[0] += 6.742783920137364e-05;
                    } else {
                      result[0] += 0.0001944887823596872;
                    }
                  }
                } else {
                  result[0] += 0.00029937307674020774;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0005819214080740068;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                    result[0] += -0.00021652884370648425;
                  } else {
                    result[0] += -0.00016484105628292758;
                  }
                } else {
                  result[0] += -0.00021652884370648425;
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0005819214080740068;
                } else {
                  result[0] += -0.0002783097542705377;
                }
              }
            }
          } else {
            result[0] += 2.09110432742963e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              result[0] += -0.0005869860930425098;
            } else {
              result[0] += -0.00021652884370648425;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.0005869860930425098;
            } else {
              result[0] += -0.0007307647781257743;
            }
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1327.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
                  result[0] += 0.0008295694231611615;
                } else {
                  result[0] += -7.99237962253159e-05;
                }
              } else {
                result[0] += 0.0008890582120355721;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                result[0] += -7.99237962253159e-05;
              } else {
                result[0] += 0.00010968954838756595;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
              result[0] += -0.00039465786166170626;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.00015895129665059748;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
                    result[0] += -0.00039465786166170626;
                  } else {
                    result[0] += -0.00017302291026656178;
                  }
                }
              } else {
                result[0] += -7.99237962253159e-05;
              }
            }
          }
        } else {
          result[0] += -0.00039465786166170626;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00026038656561618126;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  result[0] += -0.00032683924897641375;
                } else {
                  result[0] += -0.0001498054401924473;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                  result[0] += 1.4781208350170031e-05;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                    result[0] += -7.079824160780455e-05;
                  } else {
                    result[0] += -0.0001498054401924473;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.00039465786166170626;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += -0.00023005698509703413;
              } else {
                result[0] += -0.0001498054401924473;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.00040554905027680795;
              } else {
                result[0] += 0.0009062099637957965;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                result[0] += 0.00026038656561618126;
              } else {
                result[0] += 0.0003660496648823088;
              }
            }
          } else {
            result[0] += -4.551145995453983e-05;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
        result[0] += -0.00039465786166170626;
      } else {
        result[0] += -0.001649544552087885;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        result[0] += 2.4816818873926435e-05;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
            result[0] += -0.0003750213528583926;
          } else {
            result[0] += -0.0005637535992265244;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += -0.000622023509686487;
            } else {
              result[0] += -0.0012432464568523775;
            }
          } else {
            result[0] += -0.0010706776743389377;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                result[0] += 0.0004462883288264563;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += 0.00023950070439042904;
                } else {
                  result[0] += 0.0004045488748663724;
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                  result[0] += 0.000640653695927561;
                } else {
                  result[0] += 0.0016273074979465015;
                }
              } else {
                result[0] += 0.00047984145857357354;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)637.5000000000001137) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                result[0] += 0.0001370427444954694;
              } else {
                result[0] += -3.414228417993167e-05;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)817.5000000000001137) ) ) {
                  result[0] += 0.0001370427444954694;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
                      result[0] += 0.0002265131034209828;
                    } else {
                      result[0] += 0.00032387583143215153;
                    }
                  } else {
                    result[0] += 0.0004166376510144302;
                  }
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                  result[0] += 0.0001370427444954694;
                } else {
                  result[0] += 0.0003636731519976839;
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                result[0] += 0.0001370427444954694;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
                  result[0] += 2.4816818873926435e-05;
                } else {
                  result[0] += 0.0001370427444954694;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
                result[0] += 0.0001370427444954694;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                  result[0] += 2.4816818873926435e-05;
                } else {
                  result[0] += 0.0001370427444954694;
                }
              }
            }
          } else {
            result[0] += -3.414228417993167e-05;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1237.500000000000227) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.0005234076726567072;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                result[0] += -0.00017701096872939245;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                  result[0] += -0.0005234076726567072;
                } else {
                  result[0] += -0.00019627205142934832;
                }
              }
            }
          } else {
            result[0] += -3.414228417993167e-05;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)607.5000000000001137) ) ) {
              result[0] += -0.000554439296103842;
            } else {
              result[0] += -0.00019627205142934832;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += -0.000554439296103842;
            } else {
              result[0] += -0.0006571811661667858;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        result[0] += 0.0002089201988945156;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
          result[0] += 0.0004727139493943379;
        } else {
          result[0] += 0.0002566092079741369;
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -0.00024105953172478232;
            } else {
              result[0] += -0.0009986794927552398;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += -0.00024105953172478232;
              } else {
                result[0] += -0.0004917022168378266;
              }
            } else {
              result[0] += -0.0011174542733634856;
            }
          }
        } else {
          result[0] += -0.00024105953172478232;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)332535.5000000000582) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                          result[0] += 0.00010909936441434716;
                        } else {
                          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)221975.0000000000291) ) ) {
                            result[0] += -4.926202955836431e-05;
                          } else {
                            result[0] += -0.00017315231273784575;
                          }
                        }
                      } else {
                        result[0] += -0.00017315231273784575;
                      }
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                        result[0] += 0.0002089201988945156;
                      } else {
                        result[0] += -4.926202955836431e-05;
                      }
                    }
                  } else {
                    result[0] += -0.00017315231273784575;
                  }
                } else {
                  result[0] += -0.00017315231273784575;
                }
              } else {
                result[0] += -0.00017315231273784575;
              }
            } else {
              result[0] += -0.00024105953172478232;
            }
          } else {
            result[0] += -0.00024105953172478232;
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 5.75186492317862e-05;
                  } else {
                    result[0] += -7.061039711951487e-05;
                  }
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)28916.00000000000364) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                        result[0] += 5.75186492317862e-05;
                      } else {
                        result[0] += 0.0002089201988945156;
                      }
                    } else {
                      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                            result[0] += -7.061039711951487e-05;
                          } else {
                            result[0] += 5.75186492317862e-05;
                          }
                        } else {
                          result[0] += 0.00013298657726307925;
                        }
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                          result[0] += 5.75186492317862e-05;
                        } else {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
                            result[0] += 5.75186492317862e-05;
                          } else {
                            result[0] += -7.061039711951487e-05;
                          }
                        }
                      }
                    }
                  } else {
                    result[0] += -7.061039711951487e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                  result[0] += -0.00014963988786580526;
                } else {
                  result[0] += -7.061039711951487e-05;
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)547.5000000000001137) ) ) {
                result[0] += -0.00024105953172478232;
              } else {
                result[0] += -0.00014963988786580526;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
              result[0] += 0.0002089201988945156;
            } else {
              result[0] += -4.454122361627605e-06;
            }
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            result[0] += 0.00022279050619870017;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
              result[0] += 0.00015075701952358333;
            } else {
              result[0] += 0.00012081270767598577;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.0006182153272155163;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)112.5000000000000142) ) ) {
              result[0] += 0.00012081270767598577;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0003736055258922743;
              } else {
                result[0] += -7.940838414732908e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            result[0] += -0.000999611240037308;
          } else {
            result[0] += -0.002172728328982996;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0003736055258922743;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.000999611240037308;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.0005176824464424875;
                } else {
                  result[0] += -0.000999611240037308;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -7.940838414732908e-05;
            } else {
              result[0] += -0.0005967972986932996;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.00022279050619870017;
              } else {
                result[0] += 0.00028180222211014825;
              }
            } else {
              result[0] += 0.00015075701952358333;
            }
          } else {
            result[0] += -6.718048590806077e-05;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.0008838375176025677;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              result[0] += 0.000521144448568294;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += 0.00028472530968819387;
              } else {
                result[0] += 0.0004443850747055081;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
          result[0] += 0.00015075701952358333;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
            result[0] += -1.764959089351793e-06;
          } else {
            result[0] += -7.940838414732908e-05;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.00023452796780692184;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                    result[0] += -0.00010464929775969127;
                  } else {
                    result[0] += 7.233934069019495e-05;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                  result[0] += -0.00010464929775969127;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1297.500000000000227) ) ) {
                      result[0] += -7.718271653016293e-05;
                    } else {
                      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)137545.0000000000291) ) ) {
                        result[0] += 7.233934069019495e-05;
                      } else {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                          result[0] += -1.3636077032770224e-05;
                        } else {
                          result[0] += -7.718271653016293e-05;
                        }
                      }
                    }
                  } else {
                    result[0] += -7.718271653016293e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                result[0] += 0.00023452796780692184;
              } else {
                result[0] += 7.233934069019495e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += -0.00033533717363037267;
            } else {
              result[0] += -7.718271653016293e-05;
            }
          }
        } else {
          result[0] += -0.00033533717363037267;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1792.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00022266005287710673;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.00027060505524550526;
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
                  result[0] += -7.2896845202424204e-06;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                    result[0] += -4.015059198526309e-05;
                  } else {
                    result[0] += -9.883284842119676e-05;
                  }
                }
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
              result[0] += -0.00033533717363037267;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                result[0] += -0.0001920071743416807;
              } else {
                result[0] += -9.883284842119676e-05;
              }
            }
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.0003165056362213057;
              } else {
                result[0] += 0.0007956458591555785;
              }
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                result[0] += 0.00019738316675760588;
              } else {
                result[0] += 0.0003087466710298758;
              }
            }
          } else {
            result[0] += -3.797144251800996e-05;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
        result[0] += -0.00033533717363037267;
      } else {
        result[0] += -0.0014664343323186728;
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
        result[0] += 0.00019206543267873187;
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
          result[0] += 8.482645384499391e-05;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
            result[0] += -0.00045407910876359565;
          } else {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                result[0] += -0.0005100205886110426;
              } else {
                result[0] += -0.0010045234008486986;
              }
            } else {
              result[0] += -0.000857773313492527;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)232.5000000000000284) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00036988734979340095;
            } else {
              result[0] += 0.00019206543267873187;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
                result[0] += 8.482645384499391e-05;
              } else {
                result[0] += -0.00012166545594041012;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)208.5000000000000284) ) ) {
                    result[0] += 8.482645384499391e-05;
                  } else {
                    result[0] += -5.307832192676199e-05;
                  }
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                    result[0] += 0.00019206543267873187;
                  } else {
                    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                      result[0] += 8.482645384499391e-05;
                    } else {
                      result[0] += 0.00015275814056077885;
                    }
                  }
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
                  result[0] += 8.482645384499391e-05;
                } else {
                  if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                      result[0] += -5.307832192676199e-05;
                    } else {
                      result[0] += 8.471002089072523e-05;
                    }
                  } else {
                    result[0] += -5.307832192676199e-05;
                  }
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)73951.50000000001455) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += 0.0005809267802563276;
              } else {
                result[0] += 0.0014065358677663776;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                result[0] += 0.0002890190933581719;
              } else {
                result[0] += 0.00040394714476076727;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00019323779654021827;
            } else {
              result[0] += 0.000346635971516077;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                result[0] += -0.00048358774643664383;
              } else {
                result[0] += -0.00015933043899776968;
              }
            } else {
              result[0] += -5.307832192676199e-05;
            }
          } else {
            result[0] += 0.00019323779654021827;
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
              result[0] += -0.00048358774643664383;
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                result[0] += -0.00015933043899776968;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
                  result[0] += -0.00048358774643664383;
                } else {
                  result[0] += -0.00015933043899776968;
                }
              }
            }
          } else {
            result[0] += -0.00048358774643664383;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -6.57935172372163e-05;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
              result[0] += 0.00017570690155088652;
            } else {
              result[0] += -6.57935172372163e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.0007111749610828988;
          } else {
            result[0] += -6.57935172372163e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0020147101797502323;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0009676393760669644;
          } else {
            result[0] += -0.0007111749610828988;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
          result[0] += 0.00018307669248544912;
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0002945003863695675;
            } else {
              result[0] += -0.0006075871991872478;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              result[0] += -0.00038036663550139574;
            } else {
              result[0] += -0.0009031128769019363;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            result[0] += 0.00018307669248544912;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)233345.5000000000291) ) ) {
                  result[0] += -1.4353140573709978e-05;
                } else {
                  result[0] += -0.0002945003863695675;
                }
              } else {
                result[0] += -0.0002945003863695675;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1207.500000000000227) ) ) {
                        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                          result[0] += 0.00017880508404740947;
                        } else {
                          result[0] += 1.3903225126304289e-05;
                        }
                      } else {
                        result[0] += 0.00018307669248544912;
                      }
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)387538.0000000000582) ) ) {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                              result[0] += 1.3903225126304289e-05;
                            } else {
                              result[0] += -6.700214003679085e-05;
                            }
                          } else {
                            result[0] += 1.3903225126304289e-05;
                          }
                        } else {
                          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)997.5000000000001137) ) ) {
                              result[0] += -1.4353140573709978e-05;
                            } else {
                              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
                                result[0] += 1.3903225126304289e-05;
                              } else {
                                result[0] += -1.4353140573709978e-05;
                              }
                            }
                          } else {
                            result[0] += -6.700214003679085e-05;
                          }
                        }
                      } else {
                        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                          result[0] += 5.5561017738429465e-05;
                        } else {
                          result[0] += 0.00010283721862883378;
                        }
                      }
                    }
                  } else {
                    result[0] += -9.219546040273619e-05;
                  }
                } else {
                  result[0] += -9.219546040273619e-05;
                }
              } else {
                result[0] += -0.00013811246479896125;
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
            result[0] += 0.00061347456996784;
          } else {
            result[0] += 0.00018307669248544912;
          }
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
            result[0] += 0.00013723554244232506;
          } else {
            result[0] += 9.898017502374907e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
            result[0] += -0.000529999036602877;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)112.5000000000000142) ) ) {
              result[0] += 9.898017502374907e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.00025991036678765285;
              } else {
                result[0] += -5.969210276353369e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            result[0] += -0.0008633411227047547;
          } else {
            result[0] += -0.001897460559330953;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.00025991036678765285;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0008633411227047547;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.0004425110583864892;
                } else {
                  result[0] += -0.0008633411227047547;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += -5.969210276353369e-05;
              } else {
                result[0] += -0.0001194879392871266;
              }
            } else {
              result[0] += -0.0005129698523536518;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                result[0] += 0.00016180329659956928;
              } else {
                result[0] += 0.00023159956393584732;
              }
            } else {
              result[0] += 0.00013723554244232506;
            }
          } else {
            result[0] += -5.736206218861909e-05;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.0006519944301262763;
            } else {
              result[0] += 0.0012024465347819032;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              result[0] += 0.00042961516953896506;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                result[0] += 0.00023496560508019264;
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                  result[0] += 0.00042961516953896506;
                } else {
                  result[0] += 0.00030034002440202024;
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
          result[0] += 0.00013723554244232506;
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              result[0] += -4.066470320798962e-07;
            } else {
              result[0] += -5.969210276353369e-05;
            }
          } else {
            result[0] += -0.0001194879392871266;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
              result[0] += -5.95577270271429e-05;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)281697.5000000000582) ) ) {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                    result[0] += 0.0006053656637814645;
                  } else {
                    result[0] += 0.0002956114042980659;
                  }
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)178493.5000000000291) ) ) {
                      result[0] += 0.0001115124282435777;
                    } else {
                      result[0] += 1.9342448446533806e-05;
                    }
                  } else {
                    result[0] += 0.0002113723905401918;
                  }
                }
              } else {
                result[0] += -5.95577270271429e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
              result[0] += -0.0006330639097430855;
            } else {
              result[0] += -5.95577270271429e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -0.0013067504560068165;
            } else {
              result[0] += -0.0008699863559799641;
            }
          } else {
            result[0] += -0.0006330639097430855;
          }
        }
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)168.5000000000000284) ) ) {
                result[0] += -6.848402515997682e-05;
              } else {
                result[0] += -0.00015514414621599536;
              }
            } else {
              result[0] += -0.0002473643547504448;
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)657328.0000000001164) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)967.5000000000001137) ) ) {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)359384.0000000000582) ) ) {
                  result[0] += 6.917149474966842e-05;
                } else {
                  result[0] += -6.848402515997682e-05;
                }
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                  result[0] += 6.917149474966842e-05;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
                    if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                        result[0] += 0.00027681554836078936;
                      } else {
                        result[0] += 0.0006060563629612034;
                      }
                    } else {
                      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
                        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1597.500000000000227) ) ) {
                          result[0] += 0.00013246676214060565;
                        } else {
                          result[0] += 0.0001818324398011064;
                        }
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                          result[0] += 0.0006060563629612034;
                        } else {
                          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                            result[0] += 0.0002742881385620738;
                          } else {
                            result[0] += 0.0001818324398011064;
                          }
                        }
                      }
                    }
                  } else {
                    result[0] += 6.917149474966842e-05;
                  }
                }
              }
            } else {
              result[0] += -6.848402515997682e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0003627705645965599;
          } else {
            result[0] += -0.0002473643547504448;
          }
        }
      }
    } else {
      result[0] += -0.0013067504560068165;
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)30.50000000000000355) ) ) {
        result[0] += 2.3341121113696375e-05;
      } else {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)44.50000000000000711) ) ) {
            result[0] += -0.0002695441584224856;
          } else {
            result[0] += -0.00038684688108320454;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.00047769831519794823;
          } else {
            result[0] += -0.0006809210429687368;
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00031393476569334015;
            } else {
              result[0] += 0.00017671111990545945;
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)180.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)34.50000000000000711) ) ) {
                  result[0] += 2.3341121113696375e-05;
                } else {
                  result[0] += 7.165649819212805e-06;
                }
              } else {
                result[0] += -5.0656447570985926e-05;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)99718.50000000001455) ) ) {
                result[0] += 0.00017671111990545945;
              } else {
                if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  result[0] += 2.3341121113696375e-05;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1477.500000000000227) ) ) {
                        result[0] += 5.3474983008204536e-05;
                      } else {
                        result[0] += 0.00011163219187353849;
                      }
                    } else {
                      result[0] += 0.00014621630684578021;
                    }
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1807.500000000000227) ) ) {
                      result[0] += 5.3474983008204536e-05;
                    } else {
                      result[0] += 0.00011999176245312896;
                    }
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            result[0] += -6.187298653852422e-05;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
              result[0] += -0.00041134550517382896;
            } else {
              if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += -0.00017051847602919602;
                } else {
                  result[0] += -8.91924185431914e-05;
                }
              } else {
                if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
                    result[0] += -0.00041134550517382896;
                  } else {
                    result[0] += -0.00017051847602919602;
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
                      result[0] += -0.00041134550517382896;
                    } else {
                      result[0] += -0.00017051847602919602;
                    }
                  } else {
                    result[0] += -0.00041134550517382896;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)82201.00000000001455) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
              result[0] += 0.00035288607365545636;
            } else {
              result[0] += 0.0006159800799818554;
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
              result[0] += 0.0002686652373491161;
            } else {
              result[0] += 0.0003794734628506408;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.00017671111990545945;
            } else {
              result[0] += 0.0003170812634655352;
            }
          } else {
            result[0] += -8.91924185431914e-05;
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
      if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
        result[0] += 0.00014750327207356339;
      } else {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
          result[0] += 0.0003538207870658394;
        } else {
          result[0] += 0.00017345275552112238;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            result[0] += -0.00021550853749909091;
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += -4.7381012055797915e-05;
              } else {
                result[0] += -0.0003226353807147582;
              }
            } else {
              result[0] += -0.0007638807736488267;
            }
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -7.734091258328971e-05;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                  result[0] += -6.32687839911567e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                    result[0] += -4.198984658720687e-05;
                  } else {
                    result[0] += -7.136194258444136e-06;
                  }
                }
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)787.5000000000001137) ) ) {
                result[0] += -0.00021550853749909091;
              } else {
                result[0] += -6.582451076914238e-05;
              }
            }
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)487.5000000000000568) ) ) {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)53.50000000000000711) ) ) {
                result[0] += -1.3206775518684783e-05;
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)132.5000000000000284) ) ) {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    result[0] += -0.0001744478241232744;
                  } else {
                    result[0] += -7.8345842069248e-05;
                  }
                } else {
                  result[0] += -0.00021550853749909091;
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
                    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                      result[0] += -1.3206775518684783e-05;
                    } else {
                      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)212.5000000000000284) ) ) {
                        result[0] += -2.3853576776484573e-06;
                      } else {
                        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                          result[0] += -3.99166775288948e-05;
                        } else {
                          result[0] += -7.054343300352544e-05;
                        }
                      }
                    }
                  } else {
                    result[0] += -7.054343300352544e-05;
                  }
                } else {
                  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                      result[0] += -1.3206775518684783e-05;
                    } else {
                      result[0] += 4.417780362701724e-05;
                    }
                  } else {
                    result[0] += 9.696417614597366e-05;
                  }
                }
              } else {
                result[0] += -0.0001367432465015424;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 6.462064695608903e-05;
        } else {
          result[0] += 0.00014750327207356339;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)907.5000000000001137) ) ) {
      if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)184.5000000000000284) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)501787.0000000000582) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)199338.5000000000291) ) ) {
            result[0] += 0.00011412637506086326;
          } else {
            result[0] += 8.153889688645103e-05;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -0.0006356482638368479;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)107.5000000000000142) ) ) {
              result[0] += 8.153889688645103e-05;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)517.5000000000001137) ) ) {
                result[0] += -0.0002805833439262852;
              } else {
                result[0] += -6.671817820617064e-05;
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
              result[0] += -0.0006356482638368479;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0008208351867705532;
              } else {
                result[0] += -0.0007519766591278931;
              }
            }
          } else {
            result[0] += -0.0016595571588006988;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0002805833439262852;
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0007519766591278931;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.0003756532299494359;
                } else {
                  result[0] += -0.0007519766591278931;
                }
              }
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -6.671817820617064e-05;
            } else {
              result[0] += -0.0004385097088121722;
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
                  result[0] += 0.0001167113513054111;
                } else {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
                    result[0] += 0.00018665518424745609;
                  } else {
                    result[0] += 0.0001167113513054111;
                  }
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                  result[0] += 0.00030337756381113875;
                } else {
                  if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                    result[0] += 0.00019447388911791983;
                  } else {
                    result[0] += 0.00016591514423865998;
                  }
                }
              }
            } else {
              result[0] += 0.00011412637506086326;
            }
          } else {
            result[0] += -6.671817820617064e-05;
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
              result[0] += 0.0005259437930487594;
            } else {
              result[0] += 0.0010226270302742093;
            }
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
              result[0] += 0.00034902130173903814;
            } else {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)10.50000000000000178) ) ) {
                  result[0] += 0.0002962966478627004;
                } else {
                  result[0] += 0.00019447388911791983;
                }
              } else {
                if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)188720.0000000000291) ) ) {
                  result[0] += 0.00034902130173903814;
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                    result[0] += 0.0002962966478627004;
                  } else {
                    result[0] += 0.00019447388911791983;
                  }
                }
              }
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
          result[0] += 0.00011412637506086326;
        } else {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)196.5000000000000284) ) ) {
            result[0] += -1.1437473125822365e-05;
          } else {
            result[0] += -6.671817820617064e-05;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)943629.0000000001164) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)897115.0000000001164) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1267.500000000000227) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)95.50000000000001421) ) ) {
                result[0] += 0.0005562768490342558;
              } else {
                result[0] += -3.542322757838796e-05;
              }
            } else {
              if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1417.500000000000227) ) ) {
                  result[0] += 0.0005562768490342558;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1627.500000000000227) ) ) {
                    result[0] += 0.0007536364791359668;
                  } else {
                    result[0] += 0.0008555957569719327;
                  }
                }
              } else {
                result[0] += 0.0005562768490342558;
              }
            }
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0001499803892024916;
              } else {
                if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
                    result[0] += -7.33195879090938e-05;
                  } else {
                    result[0] += -3.542322757838796e-05;
                  }
                } else {
                  result[0] += 2.1365680642436455e-05;
                }
              }
            } else {
              result[0] += 9.616209726052028e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            result[0] += -0.00021663864791353224;
          } else {
            result[0] += -3.542322757838796e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
          result[0] += -0.0003152127051693105;
        } else {
          result[0] += -0.00021663864791353224;
        }
      }
    } else {
      result[0] += -0.0011705777786290151;
    }
  } else {
    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)15.50000000000000178) ) ) {
      if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.0003292820656550212;
            } else {
              result[0] += 0.0003436265924273602;
            }
          } else {
            if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
              result[0] += 0.0002849402263914763;
            } else {
              result[0] += 0.00026254297248270867;
            }
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)16097.50000000000182) ) ) {
              result[0] += 0.0002736606004620574;
            } else {
              result[0] += 0.00016102100890753502;
            }
          } else {
            result[0] += 0.00017506972461471464;
          }
        }
      } else {
        result[0] += 0.00016102100890753502;
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)397.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)49.50000000000000711) ) ) {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            result[0] += -0.0001794167219933161;
          } else {
            result[0] += 1.0541501554095845e-05;
          }
        } else {
          if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                result[0] += -0.0002112838467324363;
              } else {
                result[0] += -0.0001794167219933161;
              }
            } else {
              result[0] += -0.0005621181458922091;
            }
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)103.5000000000000142) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)83.50000000000001421) ) ) {
                result[0] += 1.0541501554095845e-05;
              } else {
                result[0] += -0.00020645782108415076;
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)188.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)160.5000000000000284) ) ) {
                    result[0] += -0.000471162132368996;
                  } else {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)164.5000000000000284) ) ) {
                      result[0] += -0.0005555780151126594;
                    } else {
                      result[0] += -0.000601703979165091;
                    }
                  }
                } else {
                  if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)172.5000000000000284) ) ) {
                    if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)156.5000000000000284) ) ) {
                      result[0] += -0.00020645782108415076;
                    } else {
                      result[0] += -0.0002846558946552231;
                    }
                  } else {
                    result[0] += -0.0005117775952875485;
                  }
                }
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.0007137665343501237;
                } else {
                  result[0] += -0.0015866700975928948;
                }
              }
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1912.500000000000227) ) ) {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)220.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)244902.0000000000291) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1117.500000000000227) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)192.5000000000000284) ) ) {
                  result[0] += 3.968954450950077e-05;
                } else {
                  result[0] += -4.0724835176315806e-05;
                }
              } else {
                if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
                    result[0] += 0.00016102100890753502;
                  } else {
                    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1897.500000000000227) ) ) {
                      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1147.500000000000227) ) ) {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)57838.00000000000728) ) ) {
                          result[0] += 0.00011132446838145705;
                        } else {
                          result[0] += 9.183742679603888e-05;
                        }
                      } else {
                        if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)66007.50000000001455) ) ) {
                          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1447.500000000000227) ) ) {
                            result[0] += 0.00011132446838145705;
                          } else {
                            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                              result[0] += 0.00013283158902454634;
                            } else {
                              if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1717.500000000000227) ) ) {
                                result[0] += 0.0001362344808670208;
                              } else {
                                result[0] += 0.0001390095893616178;
                              }
                            }
                          }
                        } else {
                          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1867.500000000000227) ) ) {
                            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1837.500000000000227) ) ) {
                              result[0] += 0.00010740874114892091;
                            } else {
                              result[0] += 0.00011162711974738004;
                            }
                          } else {
                            result[0] += 0.00013662335959271248;
                          }
                        }
                      }
                    } else {
                      result[0] += 0.00016102100890753502;
                    }
                  }
                } else {
                  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
                    result[0] += 3.968954450950077e-05;
                  } else {
                    result[0] += 9.183742679603888e-05;
                  }
                }
              }
            } else {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)148.5000000000000284) ) ) {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)757.5000000000001137) ) ) {
                  if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)473053.5000000000582) ) ) {
                    result[0] += 3.968954450950077e-05;
                  } else {
                    result[0] += 1.0541501554095845e-05;
                  }
                } else {
                  result[0] += 3.968954450950077e-05;
                }
              } else {
                result[0] += -4.0724835176315806e-05;
              }
            }
          } else {
            result[0] += -6.531390607645872e-05;
          }
        } else {
          if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
            result[0] += 0.00016102100890753502;
          } else {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)228.5000000000000284) ) ) {
              result[0] += 0.00016102100890753502;
            } else {
              result[0] += -6.531390607645872e-05;
            }
          }
        }
      }
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)402003.0000000000582) ) ) {
        if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
            result[0] += -4.537565311641048e-05;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)306478.0000000000582) ) ) {
              result[0] += 0.00017898503588564097;
            } else {
              result[0] += -4.537565311641048e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)937.5000000000001137) ) ) {
            result[0] += -0.0005536331890674144;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1507.500000000000227) ) ) {
              result[0] += -0.00016122347914728245;
            } else {
              result[0] += -4.537565311641048e-05;
            }
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
          result[0] += -0.0016388034328125656;
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)667.5000000000001137) ) ) {
            result[0] += -0.0007690099239650115;
          } else {
            result[0] += -0.0005536331890674144;
          }
        }
      }
    } else {
      if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
        if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)25.50000000000000355) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            result[0] += -1.391186741790899e-05;
          } else {
            result[0] += -0.0002451150018697266;
          }
        } else {
          if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              result[0] += -0.0002451150018697266;
            } else {
              result[0] += -0.0004791734841922671;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)251.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)216.5000000000000284) ) ) {
                result[0] += -0.0002536862567819502;
              } else {
                result[0] += -0.0003091218479033714;
              }
            } else {
              result[0] += -0.0006303565909698497;
            }
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)5.500000000000000888) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.00017271344011687826;
            } else {
              result[0] += 0.00011219477304912605;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)204.5000000000000284) ) ) {
                  result[0] += 0.00013569630867469785;
                } else {
                  result[0] += -1.391186741790899e-05;
                }
              } else {
                if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                  result[0] += 7.229766848368064e-06;
                } else {
                  if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)847.5000000000001137) ) ) {
                    if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)39.50000000000000711) ) ) {
                      result[0] += -1.391186741790899e-05;
                    } else {
                      result[0] += -7.256692481823401e-05;
                    }
                  } else {
                    result[0] += -1.391186741790899e-05;
                  }
                }
              }
            } else {
              result[0] += -8.113156555722547e-05;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)22423.50000000000364) ) ) {
            if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
                result[0] += 0.00034891183222041534;
              } else {
                result[0] += 0.00017271344011687826;
              }
            } else {
              if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
                result[0] += 0.001022904071957804;
              } else {
                result[0] += 0.000526429477745577;
              }
            }
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)810040.5000000001164) ) ) {
              result[0] += 0.00017271344011687826;
            } else {
              result[0] += 0.00013569630867469785;
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
            result[0] += 0.00012508149455307075;
          } else {
            if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
              result[0] += -8.976354232049727e-05;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)20.50000000000000355) ) ) {
                result[0] += 8.172561022087697e-05;
              } else {
                if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)877.5000000000001137) ) ) {
                  result[0] += 4.354236107065912e-05;
                } else {
                  if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
                    result[0] += 5.069474163138453e-05;
                  } else {
                    result[0] += 8.172561022087697e-05;
                  }
                }
              }
            }
          }
        } else {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1177.500000000000227) ) ) {
            result[0] += -0.000138161269164827;
          } else {
            result[0] += 4.907729871853493e-05;
          }
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)577.5000000000001137) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)427.5000000000000568) ) ) {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
              result[0] += -0.0005894987084811759;
            } else {
              result[0] += -0.0013742170460653137;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
              if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)240.5000000000000284) ) ) {
                result[0] += -0.00018953141408848342;
              } else {
                result[0] += -0.00032917737434046026;
              }
            } else {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)457.5000000000000568) ) ) {
                result[0] += -0.0005894987084811759;
              } else {
                if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)254.5000000000000284) ) ) {
                  result[0] += -0.00033140061876224265;
                } else {
                  result[0] += -0.0005894987084811759;
                }
              }
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)593345.0000000001164) ) ) {
            result[0] += 4.354236107065912e-05;
          } else {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1032043.500000000116) ) ) {
              result[0] += -0.000138161269164827;
            } else {
              if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)224.5000000000000284) ) ) {
                result[0] += -0.000138161269164827;
              } else {
                result[0] += -0.0001852897975141883;
              }
            }
          }
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)769061.0000000001164) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)117965.5000000000146) ) ) {
            if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)4919.500000000000909) ) ) {
              result[0] += 0.0002460605457803831;
            } else {
              result[0] += 0.00017752546645200584;
            }
          } else {
            if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)248.5000000000000284) ) ) {
              result[0] += 0.00012508149455307075;
            } else {
              result[0] += 4.354236107065912e-05;
            }
          }
        } else {
          if ( LIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)244.5000000000000284) ) ) {
            if ( UNLIKELY( !(data[1].missing != -1) || (data[1].fvalue <= (double)124.5000000000000142) ) ) {
              result[0] += 0.00012508149455307075;
            } else {
              result[0] += 8.172561022087697e-05;
            }
          } else {
            result[0] += -0.000138161269164827;
          }
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)35900.00000000000728) ) ) {
            result[0] += 0.00033448461891846565;
          } else {
            if ( LIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)1583938.000000000233) ) ) {
              if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
                result[0] += 0.00018200687211878717;
              } else {
                result[0] += 0.0002120106204856223;
              }
            } else {
              result[0] += 0.00012508149455307075;
            }
          }
        } else {
          if ( UNLIKELY( !(data[2].missing != -1) || (data[2].fvalue <= (double)10219.50000000000182) ) ) {
            result[0] += 0.0009013324092383877;
          } else {
            result[0] += 0.00033448461891846565;
          }
        }
      }
    }
  }
}

