# Corpus: grouping and aggregating records into dicts of lists and dicts of stats
# Features: setdefault, get, nested dicts, min/max/sum per group, sorted keys, round
def main():
    sales = [("north", "q1", 120.5), ("south", "q1", 80.0), ("north", "q2", 99.9),
             ("east", "q1", 45.25), ("south", "q2", 150.0), ("north", "q3", 110.0), ("east", "q3", 60.75)]
    by_region = {}
    for region, quarter, amount in sales:
        by_region.setdefault(region, []).append(amount)
    for region in sorted(by_region):
        amounts = by_region[region]
        print(region, len(amounts), round(sum(amounts), 2), min(amounts), max(amounts),
              round(sum(amounts) / len(amounts), 3))
    pivot = {}
    for region, quarter, amount in sales:
        row = pivot.setdefault(region, {})
        row[quarter] = row.get(quarter, 0) + amount
    print(pivot)
    quarters = sorted({q: 1 for _, q, _ in sales})
    print(quarters)
    for region in pivot:
        print(region, [pivot[region].get(q, 0) for q in quarters])
    return {r: round(sum(v), 1) for r, v in by_region.items()}
