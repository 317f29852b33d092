# statistics: exact sums (result types follow the data), medians, modes,
# spread, quantiles, two-variable relations and the error messages.
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5, 2]), st.mean([True, False, True, True]))
print(st.fmean(data), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([3.5, 4.5])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 3]))
print(st.median(data), st.median([1, 3, 5]), st.median([1, 2, 3, 4.0]), st.median_low(data), st.median_high(data))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([3]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.pvariance(data), st.variance(data), st.pstdev(data), st.stdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.stdev([1, 2, 3, 4]), st.stdev([0.1, 0.2, 0.3, 0.7]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
m = st.mean(data)
print(st.variance(data, m), st.pstdev(data, 5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11)), st.quantiles([1, 2, 3, 4, 5, 6], n=3, method='inclusive'), st.quantiles([1.5, 9.25], n=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]))
r = st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True)
print(r.slope, r.intercept)
print(st.stdev([1e300, 1e300 + 1e285, 1e300]), st.mean([1e308, 1e308]), st.mean([float('inf'), 1]))

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(st.mean, [])
attempt(st.median, [])
attempt(st.mode, [])
attempt(st.variance, [1])
attempt(st.stdev, [1])
attempt(st.pvariance, [])
attempt(st.fmean, [])
attempt(st.geometric_mean, [1, -2])
attempt(st.harmonic_mean, [1, -2])
attempt(st.quantiles, [1])
attempt(st.quantiles, [1, 2], n=0)
attempt(st.quantiles, [1, 2], method='x')
attempt(st.correlation, [1, 2], [3])
attempt(st.correlation, [1, 1], [1, 2])
attempt(st.linear_regression, [2, 2], [1, 2])
print(issubclass(st.StatisticsError, ValueError))
attempt(st.median_grouped, ['a', 'b'])
attempt(st.median_grouped, [1, 2], 'x')
attempt(st.median_grouped, [1, 3, 3, 5], 0)
