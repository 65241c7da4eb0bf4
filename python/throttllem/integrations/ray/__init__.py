"""Ray Serve: the throttllem autoscaler as a custom autoscaling policy (no Ray import needed here).

    policy = ServePolicy(autoscaler, tp_degree=1)        # one per TP degree's deployment
    @serve.deployment(ray_actor_options={"num_gpus": 1},
                      autoscaling_config={"min_replicas": 0, "max_replicas": 8,
                                          "policy": {"policy_function": policy}})

See docs/AUTOSCALER.md, "Ray Serve".
"""

from throttllem.integrations.ray.policy import LOAD_METRICS, ServePolicy, load_from_context

__all__ = ["LOAD_METRICS", "ServePolicy", "load_from_context"]
