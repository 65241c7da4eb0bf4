"""Trained tree models -> Treelite models, and their split points.

Regressors: LightGBM, xgboost, scikit-learn tree ensembles (the governor's IPS model).
Binary classifiers: scikit-learn trees/forests, LightGBM (the device selector's models).
Treelite is imported on use (the ``[train]`` extra).
"""

from __future__ import annotations

import json

from throttllem.errors import InvalidArgumentError


# ---- regressors -------------------------------------------------------------------------------
def _unsupported(model) -> InvalidArgumentError:
    kind = f"{type(model).__module__}.{type(model).__qualname__}"
    return InvalidArgumentError(
        f"cannot compile a {kind}: supported are lightgbm.Booster / LGBMRegressor, "
        "xgboost.Booster / XGBRegressor, scikit-learn GradientBoostingRegressor, "
        "RandomForestRegressor, ExtraTreesRegressor, DecisionTreeRegressor, "
        "HistGradientBoostingRegressor, and treelite.Model")


def _from_xgboost(booster):
    import treelite

    model_json = json.loads(bytes(booster.save_raw(raw_format="json")))
    gbm = model_json["learner"]["gradient_booster"]
    if gbm.get("name") not in ("gbtree", "dart"):
        raise InvalidArgumentError(f"xgboost booster '{gbm.get('name')}' has no trees to compile")
    # xgboost >= 3 writes base_score as a vector ("[2.5E3]"); Treelite 4.1 reads it as 0.
    params = model_json["learner"]["learner_model_param"]
    base = str(params.get("base_score", "0")).strip()
    if base.startswith("["):
        values = [v for v in base.strip("[]").split(",") if v.strip()]
        if len(values) != 1:
            raise InvalidArgumentError("multi-output xgboost models are not supported: one output only")
        params["base_score"] = values[0].strip()
    # xgboost >= 3 records categorical encodings under "cats", a key Treelite 4.1 does not know.
    model = gbm["model"] if "model" in gbm else gbm["gbtree"]["model"]
    cats = model.pop("cats", None)
    if cats and any(cats.get(key) for key in ("enc", "feature_segments", "sorted_idx")):
        raise InvalidArgumentError("xgboost models with categorical features are not supported")
    return treelite.frontend.from_xgboost_json(json.dumps(model_json))


def _sklearn_trees(estimator):
    """(trees, per-tree leaf scale, base score, average?) of a scikit-learn tree ensemble."""
    from sklearn.dummy import DummyRegressor
    from sklearn.ensemble import ExtraTreesRegressor, GradientBoostingRegressor, RandomForestRegressor
    from sklearn.tree import DecisionTreeRegressor

    if isinstance(estimator, GradientBoostingRegressor):
        init = estimator.init_
        if init == "zero":
            base = 0.0
        elif isinstance(init, DummyRegressor):
            base = float(init.constant_.reshape(-1)[0])
        else:
            raise InvalidArgumentError("GradientBoostingRegressor with a custom init estimator is not supported")
        return [t for t in estimator.estimators_[:, 0]], float(estimator.learning_rate), base, False
    if isinstance(estimator, (RandomForestRegressor, ExtraTreesRegressor)):
        return list(estimator.estimators_), 1.0, 0.0, True
    if isinstance(estimator, DecisionTreeRegressor):
        return [estimator], 1.0, 0.0, False
    return None


def sklearn_trees_to_treelite(trees, *, num_feature: int, task_type: str, average: bool, base_score: float,
                              leaf_value):
    """A Treelite model of single-output float64 trees rebuilt node by node from fitted
    scikit-learn trees (Treelite 4.1's own sklearn importer breaks on numpy 2). ``leaf_value(value)``
    turns a leaf's ``tree_.value`` row into the number it holds; leaves hold final values, so no
    postprocessing. Shared by the IPS regressors and the device selector's classifiers."""
    import treelite.model_builder as mb

    builder = mb.ModelBuilder(
        threshold_type="float64", leaf_output_type="float64",
        metadata=mb.Metadata(num_feature=num_feature, task_type=task_type, average_tree_output=average,
                             num_target=1, num_class=[1], leaf_vector_shape=(1, 1)),
        tree_annotation=mb.TreeAnnotation(num_tree=len(trees), target_id=[0] * len(trees),
                                          class_id=[0] * len(trees)),
        postprocessor=mb.PostProcessorFunc(name="identity"),
        base_scores=[base_score],
    )
    for tree in trees:
        t = tree.tree_
        builder.start_tree()
        for node in range(t.node_count):
            builder.start_node(node)
            left, right = int(t.children_left[node]), int(t.children_right[node])
            if left == -1:
                builder.leaf(float(leaf_value(t.value[node].reshape(-1))))
            else:  # sklearn sends x <= threshold to the left child
                builder.numerical_test(int(t.feature[node]), float(t.threshold[node]), True, "<=", left, right)
            builder.end_node()
        builder.end_tree()
    return builder.commit()


def _from_sklearn_trees(estimator, trees, scale, base, average):
    if getattr(estimator, "n_outputs_", 1) != 1:
        raise InvalidArgumentError("multi-output scikit-learn models are not supported: one output only")
    return sklearn_trees_to_treelite(trees, num_feature=int(estimator.n_features_in_), task_type="kRegressor",
                                     average=average, base_score=base, leaf_value=lambda v: v[0] * scale)


def regressor_to_treelite(model):
    """Convert a supported trained regressor to a ``treelite.Model`` (checked: 1 output)."""
    import treelite

    module = type(model).__module__.split(".")[0]
    if isinstance(model, treelite.Model):
        tl_model = model
    elif module == "lightgbm":
        import lightgbm

        booster = model.booster_ if isinstance(model, lightgbm.LGBMModel) else model
        if not isinstance(booster, lightgbm.Booster):
            raise _unsupported(model)
        if booster.num_model_per_iteration() != 1:
            raise InvalidArgumentError("multi-output LightGBM models are not supported: one output only")
        tl_model = treelite.frontend.from_lightgbm(booster)
    elif module == "xgboost":
        import xgboost

        booster = model.get_booster() if isinstance(model, xgboost.XGBModel) else model
        if not isinstance(booster, xgboost.Booster):
            raise _unsupported(model)
        tl_model = _from_xgboost(booster)
    elif module == "sklearn":
        trees = _sklearn_trees(model)
        if trees is not None:
            tl_model = _from_sklearn_trees(model, *trees)
        elif type(model).__name__ == "HistGradientBoostingRegressor":
            import treelite.sklearn

            tl_model = treelite.sklearn.import_model(model)
        else:
            raise _unsupported(model)
    else:
        raise _unsupported(model)

    header = json.loads(tl_model.dump_as_json(pretty_print=False)) if tl_model.num_tree else {}
    if header.get("num_target", 1) != 1 or header.get("num_class", [1]) != [1] \
            or header.get("task_type", "kRegressor") != "kRegressor":
        raise InvalidArgumentError(
            "only single-output regressors can be compiled (got task "
            f"{header.get('task_type')}, {header.get('num_target')} targets, classes {header.get('num_class')})")
    return tl_model


def split_points(tl_model) -> tuple[tuple[float, ...], ...]:
    """Sorted unique thresholds of every numerical split, per feature (what the governor tabulates over)."""
    points: list[set[float]] = [set() for _ in range(tl_model.num_feature)]
    for tree in json.loads(tl_model.dump_as_json(pretty_print=False))["trees"]:
        for node in tree["nodes"]:
            kind = node.get("node_type", "leaf_node")
            if kind == "numerical_test_node":
                points[node["split_feature_id"]].add(float(node["threshold"]))
            elif kind != "leaf_node":
                raise InvalidArgumentError(f"{kind} splits cannot be tabulated; use numerical features only")
    return tuple(tuple(sorted(p)) for p in points)


# ---- binary classifiers --------------------------------------------------------------------------
def _sklearn_to_treelite(model):
    from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier

    if isinstance(model, DecisionTreeClassifier):
        trees, average = [model], False
    elif isinstance(model, (RandomForestClassifier, ExtraTreesClassifier)):
        trees, average = list(model.estimators_), True
    else:
        return None
    if getattr(model, "n_outputs_", 1) != 1 or len(model.classes_) != 2:
        raise InvalidArgumentError("only binary single-output classifiers can be compiled")
    # Leaves hold P(class 1) (per-class weights, fractions in sklearn >= 1.4): no postprocessing.
    return sklearn_trees_to_treelite(trees, num_feature=int(model.n_features_in_), task_type="kBinaryClf",
                                     average=average, base_score=0.0, leaf_value=lambda v: v[1] / v.sum())


def classifier_to_treelite(model):
    """A ``treelite.Model`` of a supported binary classifier: scikit-learn DecisionTreeClassifier /
    RandomForestClassifier / ExtraTreesClassifier, LightGBM binary classifiers, treelite.Model."""
    import treelite

    if isinstance(model, treelite.Model):
        return model
    module = type(model).__module__.split(".")[0]
    if module == "sklearn":
        tl_model = _sklearn_to_treelite(model)
        if tl_model is not None:
            return tl_model
    if module == "lightgbm":
        import lightgbm

        booster = model.booster_ if isinstance(model, lightgbm.LGBMModel) else model
        objective = booster.params.get("objective", "") if hasattr(booster, "params") else ""
        if booster.num_model_per_iteration() != 1 or (objective and objective not in ("binary", "cross_entropy")):
            raise InvalidArgumentError(f"only binary LightGBM classifiers can be compiled (objective {objective!r})")
        return treelite.frontend.from_lightgbm(booster)
    raise InvalidArgumentError(
        f"cannot compile a {type(model).__module__}.{type(model).__qualname__}: supported are scikit-learn "
        "DecisionTreeClassifier/RandomForestClassifier/ExtraTreesClassifier, LightGBM binary classifiers, "
        "treelite.Model")
