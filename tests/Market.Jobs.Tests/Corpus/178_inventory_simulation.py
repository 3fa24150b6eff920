# Corpus: realistic job: event-driven inventory simulation with reorder policy and cost summary
# Features: dict state, list of events, while over days, LCG demand, min, round, f-string tables
def main():
    seed = [12345]
    def demand():
        seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
        return seed[0] % 9
    stock = {"widget": 20, "gadget": 12}
    reorder_at = {"widget": 8, "gadget": 5}
    reorder_qty = {"widget": 25, "gadget": 15}
    pending = []
    lost = {"widget": 0, "gadget": 0}
    orders = 0
    for day in range(1, 31):
        arrived = [p for p in pending if p[0] == day]
        pending = [p for p in pending if p[0] != day]
        for _, item, qty in arrived:
            stock[item] += qty
        for item in stock:
            want = demand()
            sold = min(want, stock[item])
            stock[item] -= sold
            lost[item] += want - sold
            on_order = any(p[1] == item for p in pending)
            if stock[item] <= reorder_at[item] and not on_order:
                pending.append((day + 3, item, reorder_qty[item]))
                orders += 1
        if day % 5 == 0:
            print(f"day {day:>2}: " + ", ".join(f"{k}={v:<3}" for k, v in stock.items()) + f" pending={len(pending)}")
    print("orders placed", orders, "lost sales", lost)
    cost = orders * 12.5 + sum(lost.values()) * 3.75 + sum(stock.values()) * 0.4
    print(f"total cost {cost:>10.2f}")
    return (stock, lost)
