def entities():
    return []
