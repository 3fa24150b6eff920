# Corpus: nested dicts and lists as JSON-like records, aggregation
# Features: nested dict/list access, get chains, sorting records, sum over comprehension
def main():
    orders = [
        {"id": 1, "customer": "ann", "items": [{"sku": "A", "qty": 2, "price": 3.5}, {"sku": "B", "qty": 1, "price": 10.0}]},
        {"id": 2, "customer": "bob", "items": [{"sku": "A", "qty": 5, "price": 3.5}]},
        {"id": 3, "customer": "ann", "items": []},
        {"id": 4, "customer": "cid", "items": [{"sku": "C", "qty": 3, "price": 0.99}]},
    ]
    totals = {}
    for o in orders:
        amount = sum(it["qty"] * it["price"] for it in o["items"])
        totals[o["customer"]] = totals.get(o["customer"], 0) + amount
        print(o["id"], o["customer"], round(amount, 2))
    print(totals)
    sku_qty = {}
    for o in orders:
        for it in o["items"]:
            sku_qty[it["sku"]] = sku_qty.get(it["sku"], 0) + it["qty"]
    print(sku_qty)
    print(orders[0]["items"][1]["sku"], orders[1].get("note", "-"))
    return sorted(totals.items(), key=lambda kv: -kv[1])
