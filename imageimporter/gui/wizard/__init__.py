"""The import wizard: a thin view per step over the services (flow in ``core.wizard_flow``)."""
