"""Device-mapping models, by registry name (``create("grewe")``)."""

from throttllem.devmap.models.base import MODELS, DevMapModel, create, register
from throttllem.devmap.models import deeptune, trees  # noqa: F401  (register their models; torch is imported lazily)

__all__ = ["MODELS", "DevMapModel", "create", "register"]
