/* Written by throttllem: the model's kind, which the loader checks against the sidecar. */
const char* throttllem_model_kind(void) { return "regressor"; }
