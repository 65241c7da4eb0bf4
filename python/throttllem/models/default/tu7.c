
#include "header.h"

void predict_unit7(union Entry* data, double* result) {
  unsigned int tmp;
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.5150474990841708e-07;
      } else {
        result[0] += -9.070234746154418e-08;
      }
    } else {
      result[0] += 1.7789474393599757e-08;
    }
  } else {
    result[0] += 1.839460622127315e-07;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.363543626721667e-07;
      } else {
        result[0] += -8.163211380395198e-08;
      }
    } else {
      result[0] += 1.6010723143306432e-08;
    }
  } else {
    result[0] += 1.6555178830437348e-07;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.2271817758286032e-07;
      } else {
        result[0] += -7.346870934772604e-08;
      }
    } else {
      result[0] += 1.4409664797999548e-08;
    }
  } else {
    result[0] += 1.4899616733234814e-07;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -1.1044641312982977e-07;
      } else {
        result[0] += -6.61219376976074e-08;
      }
    } else {
      result[0] += 1.2968756653900284e-08;
    }
  } else {
    result[0] += 1.3409688350151006e-07;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -9.940184773449199e-08;
      } else {
        result[0] += -5.950955629794483e-08;
      }
    } else {
      result[0] += 1.1671695292647014e-08;
    }
  } else {
    result[0] += 1.2068721062122584e-07;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -8.946153540811983e-08;
      } else {
        result[0] += -5.3558622811871725e-08;
      }
    } else {
      result[0] += 1.0505027629629692e-08;
    }
  } else {
    result[0] += 1.0861837110132527e-07;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -8.051548874254442e-08;
      } else {
        result[0] += -4.8203103682201674e-08;
      }
    } else {
      result[0] += 9.454407805630058e-09;
    }
  } else {
    result[0] += 9.775663927442277e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -7.246413838299307e-08;
      } else {
        result[0] += -4.338268480661889e-08;
      }
    } else {
      result[0] += 8.508586966399504e-09;
    }
  } else {
    result[0] += 8.798095271300488e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -6.521729570125335e-08;
      } else {
        result[0] += -3.904417087184544e-08;
      }
    } else {
      result[0] += 7.657890624798421e-09;
    }
  } else {
    result[0] += 7.91830283499415e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -5.869577256886956e-08;
      } else {
        result[0] += -3.5139553525919464e-08;
      }
    } else {
      result[0] += 6.8922042326543695e-09;
    }
  } else {
    result[0] += 7.126423666911262e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -5.2826304225699675e-08;
      } else {
        result[0] += -3.1626071348148105e-08;
      }
    } else {
      result[0] += 6.202693764099198e-09;
    }
  } else {
    result[0] += 6.413807117608308e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -4.754373755735076e-08;
      } else {
        result[0] += -2.846276076459083e-08;
      }
    } else {
      result[0] += 5.5827686434141916e-09;
    }
  } else {
    result[0] += 5.772426288234409e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -4.278894762071691e-08;
      } else {
        result[0] += -2.561655208740522e-08;
      }
    } else {
      result[0] += 5.0239477484565256e-09;
    }
  } else {
    result[0] += 5.195214832932601e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -3.851015818501627e-08;
      } else {
        result[0] += -2.3055354144260806e-08;
      }
    } else {
      result[0] += 4.521799716897699e-09;
    }
  } else {
    result[0] += 4.675667695942098e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -3.465953670347664e-08;
      } else {
        result[0] += -2.0749289551711997e-08;
      }
    } else {
      result[0] += 4.069658337945605e-09;
    }
  } else {
    result[0] += 4.2081169788580496e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -3.119323689227498e-08;
      } else {
        result[0] += -1.8674930399767004e-08;
      }
    } else {
      result[0] += 3.662688808684482e-09;
    }
  } else {
    result[0] += 3.787301218620542e-08;
  }
  if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)6.000000000000000888) ) ) {
    if ( LIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)3.000000000000000444) ) ) {
      if ( UNLIKELY( !(data[0].missing != -1) || (data[0].fvalue <= (double)1.500000000000000222) ) ) {
        result[0] += -2.8073843205820132e-08;
      } else {
        result[0] += -1.680728046965617e-08;
      }
    } else {
      result[0] += 3.2962783355987318e-09;
    }
  } else {
    result[0] += 3.408566463176978e-08;
  }
}

