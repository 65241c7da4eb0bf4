"""The one compile path for tree models: Treelite -> TL2cgen C -> a shared library + its sidecar.

Both halves of the product compile through here: the governor's IPS regressor
(``throttllem.forest.compile``, ``throttllem train``) and the device selector's classifiers
(``throttllem.devmap.compile_classifier``). The C++ core loads either kind with one loader
(``CompiledModel``), behind ``throttllem.Forest`` and ``throttllem.devmap.CompiledClassifier``.

Beside ``model.so`` goes ``model.so.json``, the sidecar (format ``throttllem-compiled-model`` 1):
kind, feature names and count, split points per feature, provenance, output, class names
(classifiers) and the sha256 of the library. Python writes it; the C++ core is its one reader
(:func:`read_sidecar`). Modules: ``treelite_models`` (model -> Treelite, split points),
``library`` (compiling, writing the pair).
"""

from throttllem.compiled.library import (DEFAULT_OPTIONS, SHA256_PLACEHOLDER, compile_model, file_sha256,
                                         find_c_compiler, generate_sources, kind_source, library_path, read_sidecar,
                                         sidecar_path, sidecar_text, write_sidecar)
from throttllem.compiled.treelite_models import (classifier_to_treelite, regressor_to_treelite,
                                                 sklearn_trees_to_treelite, split_points)

__all__ = ["DEFAULT_OPTIONS", "SHA256_PLACEHOLDER", "classifier_to_treelite", "compile_model", "file_sha256",
           "find_c_compiler", "generate_sources", "kind_source", "library_path", "read_sidecar", "regressor_to_treelite", "sidecar_path", "sidecar_text",
           "sklearn_trees_to_treelite", "split_points", "write_sidecar"]
