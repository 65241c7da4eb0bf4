
#include "header.h"

void predict_unit6(union Entry* data, double* result) {
  unsigned int tmp;
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.8756284272432693e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -1.6171133608823395e-06;
            } else {
              result[0] += -1.6152855891612244e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -8.808377466652051e-07;
          } else {
            result[0] += -5.769412328864746e-07;
          }
        }
      } else {
        result[0] += 9.415461201493079e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -8.040972622960815e-07;
        } else {
          result[0] += -5.909041527038999e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 2.8556219391727854e-07;
        } else {
          result[0] += 1.7554671654542038e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += 3.402656470564492e-07;
      } else {
        result[0] += 9.801596085666265e-07;
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += 9.801596085666265e-07;
          } else {
            result[0] += 2.04657495651108e-06;
          }
        } else {
          result[0] += 3.823210124986718e-06;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += 3.5294680762303782e-06;
          } else {
            result[0] += 3.878438020083421e-06;
          }
        } else {
          result[0] += 4.6051620925264425e-06;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.688055572382096e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -1.455399517052771e-06;
            } else {
              result[0] += -1.4537498595226412e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -7.927529939516393e-07;
          } else {
            result[0] += -5.192482375479108e-07;
          }
        }
      } else {
        result[0] += 8.473934380896946e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -7.236872880021693e-07;
        } else {
          result[0] += -5.318111673286297e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 2.5700604693897e-07;
        } else {
          result[0] += 1.5799231110231782e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += 3.062394631807884e-07;
        } else {
          result[0] += 3.687744462070767e-07;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -7.654131724388445e-07;
        } else {
          result[0] += 3.229531219526508e-06;
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += 2.6414173876048166e-06;
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 3.4906071230170302e-06;
        } else {
          result[0] += 4.144667005248182e-06;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.5192579149258765e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -1.3098578868235209e-06;
            } else {
              result[0] += -1.3083774740487758e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -7.134782508788912e-07;
          } else {
            result[0] += -4.673218191105847e-07;
          }
        }
      } else {
        result[0] += 7.626514259413381e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -6.513180394699008e-07;
        } else {
          result[0] += -4.786335151976471e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 2.3130591282810366e-07;
        } else {
          result[0] += 1.4219331803458696e-06;
        }
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += 2.756156256775976e-07;
        } else {
          result[0] += 3.3189826069841936e-07;
        }
      } else {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -6.888711802376927e-07;
        } else {
          result[0] += 2.906588814875491e-06;
        }
      }
    } else {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
        result[0] += 2.37728260409489e-06;
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 3.1415608378020443e-06;
        } else {
          result[0] += 3.7302162749045963e-06;
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.367321268557312e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -1.178870229680579e-06;
            } else {
              result[0] += -1.1775374546240203e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -6.421301614111524e-07;
          } else {
            result[0] += -4.205856040909382e-07;
          }
        }
      } else {
        result[0] += 6.863899420461392e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -5.861857108325109e-07;
        } else {
          result[0] += -4.3077121522465294e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 2.081790009196622e-07;
        } else {
          result[0] += 1.2797426711960946e-06;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 2.4805400039367826e-07;
          } else {
            result[0] += 2.987090796333736e-07;
          }
        } else {
          result[0] += 1.340057988694217e-06;
        }
      } else {
        result[0] += 2.939049592596789e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -6.199835086901457e-07;
        } else {
          result[0] += 2.1870327219581624e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 3.4433000195505277e-06;
            } else {
              result[0] += 3.6969055080791186e-06;
            }
          } else {
            result[0] += 5.780550777451674e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 6.989383975577301e-06;
          } else {
            result[0] += 8.159479556821383e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.230593951228806e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -1.0609819796385316e-06;
            } else {
              result[0] += -1.0597821249152417e-06;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -5.779114615162726e-07;
          } else {
            result[0] += -3.785325255469066e-07;
          }
        }
      } else {
        result[0] += 6.17750313665355e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -5.27566924532578e-07;
        } else {
          result[0] += -3.8768899526340306e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 1.873575116541542e-07;
        } else {
          result[0] += 1.15176862698737e-06;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 2.232486835467015e-07;
          } else {
            result[0] += 2.688341898813155e-07;
          }
        } else {
          result[0] += 1.2060539582776661e-06;
        }
      } else {
        result[0] += 2.645151949042415e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -5.579846112595754e-07;
        } else {
          result[0] += 1.968333821406399e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 3.098979804442989e-06;
            } else {
              result[0] += 3.327227671501969e-06;
            }
          } else {
            result[0] += 5.202529026074736e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 6.290492596016863e-06;
          } else {
            result[0] += 7.343595036569406e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -1.1075313125897542e-06;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -9.548825611716244e-07;
            } else {
              result[0] += -9.538017735957008e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -5.201214631384738e-07;
          } else {
            result[0] += -3.4067518717079944e-07;
          }
        }
      } else {
        result[0] += 5.559751029623735e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -4.748094877632618e-07;
        } else {
          result[0] += -3.4892692488432463e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 1.6862240428251606e-07;
        } else {
          result[0] += 1.0365927534488915e-06;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 2.0092392032087965e-07;
          } else {
            result[0] += 2.4195401195670477e-07;
          }
        } else {
          result[0] += 1.0854490143485788e-06;
        }
      } else {
        result[0] += 2.380643386922064e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -5.021861397689789e-07;
        } else {
          result[0] += 1.7715034635849602e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 2.789091993356558e-06;
            } else {
              result[0] += 2.994515783312111e-06;
            }
          } else {
            result[0] += 4.682300598821369e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 5.661480237830988e-06;
          } else {
            result[0] += 6.609286575640606e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -9.967745989012154e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -8.59393174639168e-07;
            } else {
              result[0] += -8.584185182405305e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -4.6810755096366174e-07;
          } else {
            result[0] += -3.0661030132951715e-07;
          }
        }
      } else {
        result[0] += 5.003795808225228e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -4.273289554397615e-07;
        } else {
          result[0] += -3.140296536263438e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 1.517620921200794e-07;
        } else {
          result[0] += 9.329367297456798e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 1.8083152571796128e-07;
          } else {
            result[0] += 2.177583060325483e-07;
          }
        } else {
          result[0] += 9.769045675260456e-07;
        }
      } else {
        result[0] += 2.1425827036881326e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -4.5196735568720236e-07;
        } else {
          result[0] += 1.594356307006905e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 2.5101896340246546e-06;
            } else {
              result[0] += 2.6950718429113557e-06;
            }
          } else {
            result[0] += 4.2140910656788725e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 5.095363184925107e-06;
          } else {
            result[0] += 5.948399858409721e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -8.971095997575332e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -7.73453519434754e-07;
            } else {
              result[0] += -7.725760814810946e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -4.213011336360585e-07;
          } else {
            result[0] += -2.7594615692592884e-07;
          }
        }
      } else {
        result[0] += 4.503389364633219e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -3.845958355370107e-07;
        } else {
          result[0] += -2.8262708102960294e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 1.365844957340432e-07;
        } else {
          result[0] += 8.396429728527424e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 1.6274844449670353e-07;
          } else {
            result[0] += 1.9598255815109247e-07;
          }
        } else {
          result[0] += 8.792146267268593e-07;
        }
      } else {
        result[0] += 1.92832811047852e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -4.0677011292063997e-07;
        } else {
          result[0] += 1.4349231951992785e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 2.2591771159953234e-06;
            } else {
              result[0] += 2.425571865959675e-06;
            }
          } else {
            result[0] += 3.7926996957793097e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 4.5858515503677675e-06;
          } else {
            result[0] += 5.353593521303869e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -8.073925310226944e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -6.961075669586554e-07;
            } else {
              result[0] += -6.953175852935296e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -3.7916883178060054e-07;
          } else {
            result[0] += -2.4835269447644195e-07;
          }
        }
      } else {
        result[0] += 4.05307784429994e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -3.461356064774957e-07;
        } else {
          result[0] += -2.543621935269539e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 1.2292483546744602e-07;
        } else {
          result[0] += 7.55678628817496e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 1.4647369588453316e-07;
          } else {
            result[0] += 1.7638468933525727e-07;
          }
        } else {
          result[0] += 7.912957927210558e-07;
        }
      } else {
        result[0] += 1.735500342538171e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -3.6609328497916513e-07;
        } else {
          result[0] += 1.2914327914512167e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 2.033262696817029e-06;
            } else {
              result[0] += 2.183019796922101e-06;
            }
          } else {
            result[0] += 3.4134436950869602e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 4.127287982298239e-06;
          } else {
            result[0] += 4.818260741651044e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -7.266434589675702e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -6.264967563873464e-07;
            } else {
              result[0] += -6.257881672633312e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -3.4125204768467153e-07;
          } else {
            result[0] += -2.2351923195546994e-07;
          }
        }
      } else {
        result[0] += 3.6477566299742905e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -3.1152206555950883e-07;
        } else {
          result[0] += -2.2892864588063523e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 1.1063387111025999e-07;
        } else {
          result[0] += 6.801117442034141e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
            result[0] += 1.318262604473937e-07;
          } else {
            result[0] += 1.5874596717363725e-07;
          }
        } else {
          result[0] += 7.12164789459979e-07;
        }
      } else {
        result[0] += 1.5619559745268841e-06;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1687.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1537.500000000000227) ) ) {
          result[0] += -3.2948354609030547e-07;
        } else {
          result[0] += 1.162291085926172e-06;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1822.500000000000227) ) ) {
          if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1777.500000000000227) ) ) {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1747.500000000000227) ) ) {
              result[0] += 1.8299420950495448e-06;
            } else {
              result[0] += 1.96472238108487e-06;
            }
          } else {
            result[0] += 3.072110085116762e-06;
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1852.500000000000227) ) ) {
            result[0] += 3.714573910557314e-06;
          } else {
            result[0] += 4.336456546894376e-06;
          }
        }
      }
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -6.539875305187839e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -5.638464369023072e-07;
            } else {
              result[0] += -5.632064709620925e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -3.07124671791536e-07;
          } else {
            result[0] += -2.0116365735605968e-07;
          }
        }
      } else {
        result[0] += 3.2829918597774173e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -2.8036992390396066e-07;
        } else {
          result[0] += -2.0603252230715505e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 9.957199853077225e-08;
        } else {
          result[0] += 6.121015446369098e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 1.3531342313156594e-07;
    } else {
      result[0] += 4.270051787338786e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -5.885818011827331e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -5.074612482845634e-07;
            } else {
              result[0] += -5.068868623838037e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -2.7641448410936554e-07;
          } else {
            result[0] += -1.810482248822731e-07;
          }
        }
      } else {
        result[0] += 2.9546834626176147e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -2.523327058338287e-07;
        } else {
          result[0] += -1.8543173129650163e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 8.961199068449027e-08;
        } else {
          result[0] += 5.508927092286449e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 1.2178226412051508e-07;
    } else {
      result[0] += 3.843046923818816e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -5.297218908357398e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -4.5671457297793933e-07;
            } else {
              result[0] += -4.5620165492660136e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -2.4877404282332033e-07;
          } else {
            result[0] += -1.6294077739288508e-07;
          }
        }
      } else {
        result[0] += 2.6592109002877823e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -2.2709915867833461e-07;
        } else {
          result[0] += -1.6688771856844682e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 8.064908795578983e-08;
        } else {
          result[0] += 4.958017567937532e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 1.096037985183527e-07;
    } else {
      result[0] += 3.458744043028415e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -4.767536862471934e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -4.110428049013295e-07;
            } else {
              result[0] += -4.1057732321471384e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -2.2389199437355716e-07;
          } else {
            result[0] += -1.4665246334281395e-07;
          }
        }
      } else {
        result[0] += 2.3933166378627385e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -2.0438912595698184e-07;
        } else {
          result[0] += -1.5019766061690936e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 7.258644983585918e-08;
        } else {
          result[0] += 4.4622365964749906e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 9.864358678835451e-08;
    } else {
      result[0] += 3.112871189595229e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -4.2907536805560216e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -3.6993850147895907e-07;
            } else {
              result[0] += -3.6952072032481856e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -2.0150638594827347e-07;
          } else {
            result[0] += -1.319836515913296e-07;
          }
        }
      } else {
        result[0] += 2.15396828239542e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -1.8395053561638398e-07;
        } else {
          result[0] += -1.3517570113632428e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 6.532524618298249e-08;
        } else {
          result[0] += 4.016018441178385e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 8.877904970104401e-08;
    } else {
      result[0] += 2.801584280722858e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -3.8616891837171635e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -3.329450371412881e-07;
            } else {
              result[0] += -3.3256952289336716e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -1.8135548281392293e-07;
          } else {
            result[0] += -1.1878747104082064e-07;
          }
        }
      } else {
        result[0] += 1.9385856756895828e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -1.655553270694914e-07;
        } else {
          result[0] += -1.2166276977077323e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 5.8797510074163827e-08;
        } else {
          result[0] += 3.614403280913854e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 7.990122782155544e-08;
    } else {
      result[0] += 2.521426997301475e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -3.4755461659616633e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -2.9965035617106755e-07;
            } else {
              result[0] += -2.9931084510971257e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -1.6321917684795923e-07;
          } else {
            result[0] += -1.0690888672199842e-07;
          }
        }
      } else {
        result[0] += 1.7447206265744542e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -1.4900006015314364e-07;
        } else {
          result[0] += -1.0949901416652257e-07;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 5.291554219032948e-08;
        } else {
          result[0] += 3.252940315371782e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 7.191120392105446e-08;
    } else {
      result[0] += 2.269284293452835e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -3.127996080804223e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -2.6968503636478175e-07;
            } else {
              result[0] += -2.6937677426953376e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -1.4689600654843037e-07;
          } else {
            result[0] += -9.621907117822233e-08;
          }
        }
      } else {
        result[0] += 1.5702491928528301e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -1.3409957873133748e-07;
        } else {
          result[0] += -9.854582575298376e-08;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 4.7625587839088853e-08;
        } else {
          result[0] += 2.927687720806477e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 6.471989518082145e-08;
    } else {
      result[0] += 2.0423573752971662e-07;
    }
  }
  if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)367.5000000000000568) ) ) {
            result[0] += -2.815197286943837e-07;
          } else {
            if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
              result[0] += -2.427166898047926e-07;
            } else {
              result[0] += -2.4244021552623947e-07;
            }
          }
        } else {
          if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
            result[0] += -1.322100634730707e-07;
          } else {
            result[0] += -8.659619421858517e-08;
          }
        }
      } else {
        result[0] += 1.413232962849515e-07;
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1957.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1942.500000000000227) ) ) {
          result[0] += -1.2069008994256634e-07;
        } else {
          result[0] += -8.869100270469423e-08;
        }
      } else {
        if ( UNLIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
          result[0] += 4.286385388211195e-08;
        } else {
          result[0] += 2.6349330608926204e-07;
        }
      }
    }
  } else {
    if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
      result[0] += 5.824780120161637e-08;
    } else {
      result[0] += 1.8381187598293388e-07;
    }
  }
}

