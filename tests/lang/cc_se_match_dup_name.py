match 1:
    case [x, {"k": x}]:
        pass
