# sys.float_info / sys.int_info / sys.hash_info and the 3.11 int string
# conversion limit, as numeric code reads them.
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(hash(float('inf')) == sys.hash_info.inf)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
