"""Autoscalers shared by the ServePolicy objects of one group (one GPU pool), per process.

Its own module, imported at run time: Ray Serve pickles a policy class *by value* with its
module's globals, so a registry kept beside the class would be copied per deployment."""

import threading

GROUPS: dict = {}
#: Guards GROUPS and each group's decision (the controller may call policies from several threads).
LOCK = threading.Lock()
