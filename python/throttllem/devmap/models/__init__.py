"""Device-mapping models, by registry name (``create("grewe")``)."""

from throttllem.devmap.models.base import MODELS, DevMapModel, create, register
from throttllem.devmap.models import deeptune, trees  # noqa: F401  (register their models; torch is imported lazily)
from throttllem.devmap.models import gbdt_plus  # noqa: F401  (registers gbdt-plus)
from throttllem.devmap.models import gbdt_bag, gbdt_launch  # noqa: F401  (register gbdt-source-bag, gbdt-launch)
from throttllem.devmap.models import gbdt_ir  # noqa: F401  (registers gbdt-ir, gbdt-ir-plus, gbdt-ir-ast; clang needed to run them)
from throttllem.devmap.models import deeptune_attention, deeptune_long, deeptune_pretrained, deeptune_vocab  # noqa: F401  (register the enhanced-context variants)

__all__ = ["MODELS", "DevMapModel", "create", "register"]
