
#include "header.h"

void predict_unit6(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
        if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += -1.1456409186705605e-06;
        } else {
          result[0] += -7.163299378101046e-07;
        }
      } else {
        if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
          result[0] += 1.6353138737632725e-06;
        } else {
          result[0] += 4.28691966704441e-06;
        }
      }
    } else {
      if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1927.500000000000227) ) ) {
        if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1882.500000000000227) ) ) {
          result[0] += -2.131862056723248e-07;
        } else {
          result[0] += 1.7378721861808267e-06;
        }
      } else {
        result[0] += 7.730734930080245e-06;
      }
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 1.2823652124303057e-06;
    } else {
      result[0] += 1.0224400811826973e-05;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.0094004018637954e-06;
      } else {
        result[0] += -6.04303328111318e-07;
      }
    } else {
      result[0] += 1.1852216675439947e-07;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 1.1541300135612913e-06;
    } else {
      result[0] += 9.2020587020054e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -9.084593734204497e-07;
      } else {
        result[0] += -5.438724383105874e-07;
      }
    } else {
      result[0] += 1.0666987561894076e-07;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 1.038718233149665e-06;
    } else {
      result[0] += 8.281934420388207e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -8.176127104417309e-07;
      } else {
        result[0] += -4.894848423221142e-07;
      }
    } else {
      result[0] += 9.600288320164846e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 9.348477195834786e-07;
    } else {
      result[0] += 7.4538054518677235e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -7.358507252887508e-07;
      } else {
        result[0] += -4.4053611263666875e-07;
      }
    } else {
      result[0] += 8.640257462627207e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 8.413635258309614e-07;
    } else {
      result[0] += 6.7084796913165594e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -6.622652402653605e-07;
      } else {
        result[0] += -3.9648232545830293e-07;
      }
    } else {
      result[0] += 7.776225731920062e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 7.572277104043255e-07;
    } else {
      result[0] += 6.037673194577119e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -5.960384242793119e-07;
      } else {
        result[0] += -3.568340480398107e-07;
      }
    } else {
      result[0] += 6.998639024361761e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 6.815054939917857e-07;
    } else {
      result[0] += 5.433940140440234e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -5.364342279530325e-07;
      } else {
        result[0] += -3.211504809026082e-07;
      }
    } else {
      result[0] += 6.298763657190247e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 6.13355376390082e-07;
    } else {
      result[0] += 4.8905743306843375e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -4.827906801204016e-07;
      } else {
        result[0] += -2.8903527517650754e-07;
      }
    } else {
      result[0] += 5.668865907311743e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 5.520203709012948e-07;
    } else {
      result[0] += 4.40153799043232e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -4.3451146826645827e-07;
      } else {
        result[0] += -2.601316903380389e-07;
      }
    } else {
      result[0] += 5.101994847903314e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 4.968184387391613e-07;
    } else {
      result[0] += 3.961403195381698e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -3.9105966271761076e-07;
      } else {
        result[0] += -2.3411811412347355e-07;
      }
    } else {
      result[0] += 4.5917917961841485e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 4.471370603765723e-07;
    } else {
      result[0] += 3.5652791516567058e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -3.519537136686567e-07;
      } else {
        result[0] += -2.1070639384460062e-07;
      }
    } else {
      result[0] += 4.1325830441478874e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 4.0242347786538877e-07;
    } else {
      result[0] += 3.2087610582876978e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -3.167584443819267e-07;
      } else {
        result[0] += -1.8963611999019123e-07;
      }
    } else {
      result[0] += 3.71936640698537e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 3.6218121529364244e-07;
    } else {
      result[0] += 2.887898419406659e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -2.8508199380669527e-07;
      } else {
        result[0] += -1.706721096750962e-07;
      }
    } else {
      result[0] += 3.347434263969515e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 3.2596346607719987e-07;
    } else {
      result[0] += 2.5991153396774244e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -2.565741721009088e-07;
      } else {
        result[0] += -1.536050616682005e-07;
      }
    } else {
      result[0] += 3.012655903967872e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 2.933668579169389e-07;
    } else {
      result[0] += 2.339207855659631e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -2.3091624828031494e-07;
      } else {
        result[0] += -1.3824461642128077e-07;
      }
    } else {
      result[0] += 2.7114170562662988e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 2.640301924162167e-07;
    } else {
      result[0] += 2.105293721749955e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -2.0782468837192754e-07;
      } else {
        result[0] += -1.244200359541799e-07;
      }
    } else {
      result[0] += 2.4402528265423695e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 2.3762748636766582e-07;
    } else {
      result[0] += 1.8947678817634235e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.870419424081376e-07;
      } else {
        result[0] += -1.1197815302182612e-07;
      }
    } else {
      result[0] += 2.196225881384102e-08;
    }
  } else {
    if ( LIKELY( !(data[3].missing != -1) || (data[3].fvalue <= (double)1972.500000000000227) ) ) {
      result[0] += 2.138648038481929e-07;
    } else {
      result[0] += 1.7052940780426743e-06;
    }
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.6833809365157996e-07;
      } else {
        result[0] += -1.0078025523511258e-07;
      }
    } else {
      result[0] += 1.9766058996832532e-08;
    }
  } else {
    result[0] += 2.0438469177775032e-07;
  }
}

