# Inventory system: exception hierarchy, try/except/else/finally flows, re-raise
class InventoryError(Exception):
    """Base class."""
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku = sku
    def __str__(self):
        sku, wanted, have = self.args
        return f"{sku}: wanted {wanted}, only {have} left"
class UnknownItem(InventoryError, KeyError):
    pass
class InvalidQuantity(InventoryError, ValueError):
    pass

class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []
    def add(self, sku, qty):
        if not isinstance(qty, int) or qty <= 0:
            raise InvalidQuantity(f"bad quantity {qty!r} for {sku}")
        self.stock[sku] = self.stock.get(sku, 0) + qty
    def remove(self, sku, qty):
        try:
            have = self.stock[sku]
        except KeyError:
            raise UnknownItem(sku) from None
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        if self.stock[sku] == 0:
            del self.stock[sku]
    def process(self, orders):
        results = []
        for sku, qty in orders:
            try:
                self.remove(sku, qty)
            except OutOfStock as e:
                results.append(f"partial: {e}")
            except UnknownItem as e:
                results.append(f"unknown: {e} / {e.args[0]}")
            except InventoryError as e:
                results.append(f"error: {e}")
            else:
                results.append(f"ok: {sku} x{qty}")
            finally:
                self.log.append(sku)
        return results

inv = Inventory()
for sku, q in [("apple", 10), ("pear", 3), ("fig", 1), ("apple", 5)]:
    inv.add(sku, q)
print(inv.stock)
for line in inv.process([("apple", 4), ("pear", 5), ("kiwi", 1), ("fig", 1), ("fig", 1)]):
    print(line)
print(inv.stock, inv.log)
for bad in [("x", 0), ("x", -2), ("x", 1.5), ("x", "3")]:
    try:
        inv.add(*bad)
    except ValueError as e:
        print(type(e).__name__, "is ValueError:", e)
try:
    inv.remove("nothing", 1)
except KeyError as e:
    print("KeyError caught:", repr(e), type(e).__mro__[1].__name__)
print(issubclass(UnknownItem, LookupError), UnknownItem.__mro__)

def transfer(src, dst, sku, qty):
    steps = []
    try:
        src.remove(sku, qty)
        steps.append("removed")
        dst.add(sku, qty)
        steps.append("added")
    except InventoryError:
        steps.append("rollback")
        raise
    finally:
        steps.append("done")
        print("steps:", steps)

other = Inventory()
transfer(inv, other, "apple", 2)
try:
    transfer(inv, other, "apple", 100)
except OutOfStock as e:
    print("re-raised:", e, e.sku)

def nested():
    try:
        try:
            {}["a"]
        except KeyError as e:
            raise ValueError("inner") from e
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e, "cause", repr(e.__cause__), "context", repr(e.__context__))
        return "from except"
    finally:
        print("outer finally")
print(nested())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError(i)
        except RuntimeError:
            continue
        finally:
            print("finally", i)
        print("body", i)
swallow()

def context_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("x")
    except ValueError as e:
        c = e.__context__
        print(type(c).__name__, c, e.__suppress_context__, e.__cause__)
context_chain()
try:
    raise OutOfStock("z", 1, 0)
except InventoryError as e:
    print(str(e), repr(e), e.args)
err = InvalidQuantity("q")
print(repr(err), str(err), isinstance(err, (KeyError, ValueError)))
e2 = UnknownItem("k")
print(str(e2), repr(e2))
try:
    raise InventoryError
except InventoryError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("bad") from KeyError("orig")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except NotExc:
        pass
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    try:
        [][0]
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
