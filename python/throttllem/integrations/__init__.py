"""The governor inside real serving engines.

Each engine has its own subpackage (:mod:`throttllem.integrations.vllm`); it imports the engine
only when its engine-facing class is asked for, so ``import throttllem.integrations`` never needs
an engine installed. The engine-neutral half (the request mirror, the adapter, the plan) is
:mod:`throttllem.engine`.
"""
