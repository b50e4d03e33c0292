def entities():
    return []
AMBIGUITY_RULES = {}
