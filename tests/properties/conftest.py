"""Hypothesis settings for the property tests: no deadline (the machine is shared and CI is slow),
a bounded number of examples so the whole folder stays well under a minute."""
from hypothesis import HealthCheck, settings

settings.register_profile("gwr", deadline=None, max_examples=150,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("gwr")
