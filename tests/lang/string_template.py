from string import Template
t = Template('$who likes $what; ${who}s pay $$5 at ${place}.')
print(t.substitute(who='tim', what='kung pao', place='home'))
print(t.safe_substitute(who='tim'))
print(t.substitute({'who': 'a', 'what': 'b'}, place='c', who='kw'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ('cost $5', 'x\n  ${ bad}', '$'):
    try:
        Template(bad).substitute({})
    except ValueError as e:
        print('ValueError', e)
    print(Template(bad).safe_substitute({}), Template(bad).is_valid())
print(Template('$a $b $a ${c}').get_identifiers(), Template('$a1_b2c').substitute(a1_b2c=7))
class Pct(Template):
    delimiter = '%'
print(Pct('%x is %{y}%%').substitute(x=1, y=2))
