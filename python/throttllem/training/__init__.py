"""Training the governor's IPS model from measured profiles (needs the [train] extra: LightGBM,
treelite, tl2cgen). ``throttllem train`` runs :func:`train_ips_model`."""

from throttllem.training.trainer import TrainResult, predict_measured, train_ips_model

__all__ = ["TrainResult", "predict_measured", "train_ips_model"]
