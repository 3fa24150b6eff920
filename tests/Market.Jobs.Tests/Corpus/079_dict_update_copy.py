# Corpus: dict.update and dict.copy (shallow), merging configurations
# Features: dict.update with dict and with pairs, dict.copy, aliasing of nested values
def main():
    defaults = {"color": "red", "size": 10, "tags": ["a"]}
    user = {"size": 12, "font": "mono"}
    cfg = defaults.copy()
    cfg.update(user)
    print(cfg)
    print(defaults)
    cfg["tags"].append("b")
    print(defaults["tags"], cfg["tags"] is defaults["tags"])
    cfg.update([("x", 1), ("color", "blue")])
    print(cfg)
    r = cfg.update({})
    print(r, len(cfg))
    snap = cfg.copy()
    cfg.pop("x")
    print(snap == cfg, len(snap), len(cfg))
    return sorted(cfg.items())
