//! Currencies (ISO 4217) and units of measure, as written in news text.

/// Currency signs written before (or after) the amount.
pub fn currency_sign(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₴" => "UAH",
        "₪" => "ILS",
        "₦" => "NGN",
        "₱" => "PHP",
        "₡" => "CRC",
        "₾" => "GEL",
        "₫" => "VND",
        "₿" => "XBT",
        "ரூ" => "LKR",
        _ => return None,
    })
}

/// The dollar a text means by a bare "$": the Australian, New Zealand, Canadian, Singapore or
/// Hong Kong dollar when the text speaks of that country only and never of the United States;
/// otherwise the US dollar. `lower` is `text` in lower case.
pub fn local_dollar(text: &str, lower: &str) -> &'static str {
    const US: &[&str] = &[
        "united states",
        "american",
        "washington",
        "wall street",
        "new york",
        "federal reserve",
        "congress",
        "white house",
    ];
    const LOCAL: &[(&[&str], &str)] = &[
        (
            &[
                "australia",
                "sydney",
                "melbourne",
                "canberra",
                "brisbane",
                "adelaide",
            ],
            "AUD",
        ),
        (
            &["new zealand", "auckland", "wellington", "christchurch"],
            "NZD",
        ),
        (
            &[
                "canada",
                "canadian",
                "ottawa",
                "toronto",
                "montreal",
                "vancouver",
            ],
            "CAD",
        ),
        (&["singapore"], "SGD"),
        (&["hong kong"], "HKD"),
    ];
    if text.contains("U.S.") || text.contains("US ") || US.iter().any(|w| lower.contains(w)) {
        return "USD";
    }
    let mut found = LOCAL
        .iter()
        .filter(|(stems, _)| stems.iter().any(|s| lower.contains(s)))
        .map(|&(_, code)| code);
    match (found.next(), found.next()) {
        (Some(code), None) => code,
        _ => "USD",
    }
}

/// Letters written right before a `$`: "US$", "C$", "HK$", "A$".
pub fn dollar_prefix(s: &str) -> Option<&'static str> {
    Some(match s {
        "us" | "usd" => "USD",
        "c" | "ca" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sg" | "sgd" => "SGD",
        "nt" => "TWD",
        "r" => "BRL",
        "mx" => "MXN",
        _ => return None,
    })
}

/// ISO codes accepted as written ("USD 200", "115.5USD", "EUR").
pub fn iso_code(s: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "rub", "chf", "cad", "aud", "hkd", "nzd",
        "sgd", "krw", "try", "uah", "brl", "mxn", "zar", "sek", "nok", "dkk", "pln", "czk", "huf",
        "ils", "sar", "aed", "egp", "ngn", "kes", "php", "idr", "thb", "vnd", "twd", "myr", "pkr",
        "bdt", "lkr", "irr", "iqd", "qar", "kwd",
    ];
    // "try" is a verb far more often than the lira; only upper case counts (checked by callers).
    let c = CODES.iter().find(|c| **c == s)?;
    Some(match *c {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" | "rmb" => "CNY",
        "inr" => "INR",
        "rub" => "RUB",
        "chf" => "CHF",
        "cad" => "CAD",
        "aud" => "AUD",
        "hkd" => "HKD",
        "nzd" => "NZD",
        "sgd" => "SGD",
        "krw" => "KRW",
        "try" => "TRY",
        "uah" => "UAH",
        "brl" => "BRL",
        "mxn" => "MXN",
        "zar" => "ZAR",
        "sek" => "SEK",
        "nok" => "NOK",
        "dkk" => "DKK",
        "pln" => "PLN",
        "czk" => "CZK",
        "huf" => "HUF",
        "ils" => "ILS",
        "sar" => "SAR",
        "aed" => "AED",
        "egp" => "EGP",
        "ngn" => "NGN",
        "kes" => "KES",
        "php" => "PHP",
        "idr" => "IDR",
        "thb" => "THB",
        "vnd" => "VND",
        "twd" => "TWD",
        "myr" => "MYR",
        "pkr" => "PKR",
        "bdt" => "BDT",
        "lkr" => "LKR",
        "irr" => "IRR",
        "iqd" => "IQD",
        "qar" => "QAR",
        "kwd" => "KWD",
        _ => return None,
    })
}

/// Currency names after the amount, with an optional adjective before them: (words, code,
/// factor). Longest first. "pence" and "cents" are hundredths.
pub const CURRENCY_WORDS: &[(&[&str], &str, f64)] = &[
    (&["us", "dollars"], "USD", 1.0),
    (&["us", "dollar"], "USD", 1.0),
    (&["u.s.", "dollars"], "USD", 1.0),
    (&["american", "dollars"], "USD", 1.0),
    (&["canadian", "dollars"], "CAD", 1.0),
    (&["australian", "dollars"], "AUD", 1.0),
    (&["hong", "kong", "dollars"], "HKD", 1.0),
    (&["new", "zealand", "dollars"], "NZD", 1.0),
    (&["singapore", "dollars"], "SGD", 1.0),
    (&["taiwan", "dollars"], "TWD", 1.0),
    (&["swiss", "francs"], "CHF", 1.0),
    (&["swiss", "franc"], "CHF", 1.0),
    (&["chinese", "yuan"], "CNY", 1.0),
    (&["turkish", "lira"], "TRY", 1.0),
    (&["turkish", "liras"], "TRY", 1.0),
    (&["dutch", "guilders"], "NLG", 1.0),
    (&["indian", "rupees"], "INR", 1.0),
    (&["pakistani", "rupees"], "PKR", 1.0),
    (&["south", "african", "rand"], "ZAR", 1.0),
    (&["saudi", "riyals"], "SAR", 1.0),
    (&["swedish", "crowns"], "SEK", 1.0),
    (&["swedish", "kronor"], "SEK", 1.0),
    (&["danish", "crowns"], "DKK", 1.0),
    (&["danish", "kroner"], "DKK", 1.0),
    (&["norwegian", "crowns"], "NOK", 1.0),
    (&["norwegian", "kroner"], "NOK", 1.0),
    (&["czech", "crowns"], "CZK", 1.0),
    (&["icelandic", "kronur"], "ISK", 1.0),
    (&["dollars"], "USD", 1.0),
    (&["dollar"], "USD", 1.0),
    (&["bucks"], "USD", 1.0),
    (&["cents"], "USD", 0.01),
    (&["cent"], "USD", 0.01),
    (&["euros"], "EUR", 1.0),
    (&["euro"], "EUR", 1.0),
    (&["pounds", "sterling"], "GBP", 1.0),
    (&["pounds"], "GBP", 1.0),
    (&["sterling"], "GBP", 1.0),
    (&["pence"], "GBP", 0.01),
    (&["yen"], "JPY", 1.0),
    (&["yuan"], "CNY", 1.0),
    (&["renminbi"], "CNY", 1.0),
    (&["roubles"], "RUB", 1.0),
    (&["rubles"], "RUB", 1.0),
    (&["rouble"], "RUB", 1.0),
    (&["ruble"], "RUB", 1.0),
    (&["hryvnias"], "UAH", 1.0),
    (&["hryvnia"], "UAH", 1.0),
    (&["rupees"], "INR", 1.0),
    (&["rupee"], "INR", 1.0),
    (&["francs"], "CHF", 1.0),
    (&["pesetas"], "ESP", 1.0),
    (&["pesos"], "MXN", 1.0),
    (&["lira"], "TRY", 1.0),
    (&["won"], "KRW", 1.0),
    (&["rand"], "ZAR", 1.0),
    (&["riyals"], "SAR", 1.0),
    (&["dirhams"], "AED", 1.0),
    (&["shekels"], "ILS", 1.0),
    (&["zlotys"], "PLN", 1.0),
    (&["zloty"], "PLN", 1.0),
    (&["naira"], "NGN", 1.0),
    (&["kronor"], "SEK", 1.0),
    (&["krona"], "SEK", 1.0),
    (&["korunas"], "CZK", 1.0),
    (&["koruna"], "CZK", 1.0),
    (&["kronur"], "ISK", 1.0),
    (&["bitcoins"], "XBT", 1.0),
    (&["bitcoin"], "XBT", 1.0),
    (&["satoshis"], "XBT", 1e-8),
];

/// The crown a text means by "crowns" or "kroner" (which name several currencies): the one whose
/// country the text speaks of, when it speaks of only one of them.
pub fn crown_in(lower_text: &str, word: &str) -> Option<&'static str> {
    const COUNTRIES: &[(&[&str], &str)] = &[
        (&["swed", "stockholm"], "SEK"),
        (&["denmark", "danish", "copenhagen"], "DKK"),
        (&["norw", "oslo"], "NOK"),
        (&["czech", "prague"], "CZK"),
        (&["iceland", "reykjavik"], "ISK"),
    ];
    let candidates: &[&str] = match word {
        "crowns" => &["SEK", "DKK", "NOK", "CZK", "ISK"],
        "kroner" => &["DKK", "NOK"],
        _ => return None,
    };
    let mut found = COUNTRIES
        .iter()
        .filter(|(_, code)| candidates.contains(code))
        .filter(|(stems, _)| stems.iter().any(|s| lower_text.contains(s)))
        .map(|&(_, code)| code);
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Units of measure after the amount: (words, symbol). Longest first within a first word.
pub const UNIT_WORDS: &[(&[&str], &str)] = &[
    (&["degrees", "fahrenheit"], "°F"),
    (&["degree", "fahrenheit"], "°F"),
    (&["degrees", "celsius"], "°C"),
    (&["degree", "celsius"], "°C"),
    (&["degrees", "centigrade"], "°C"),
    (&["degrees", "f"], "°F"),
    (&["degrees", "c"], "°C"),
    (&["degree", "f"], "°F"),
    (&["degree", "c"], "°C"),
    (&["deg", "f"], "°F"),
    (&["deg", "c"], "°C"),
    (&["fahrenheit"], "°F"),
    (&["farenheit"], "°F"),
    (&["celsius"], "°C"),
    (&["celcius"], "°C"),
    (&["centigrade"], "°C"),
    (&["centigrate"], "°C"),
    (&["kelvin"], "K"),
    (&["degrees"], "°"),
    (&["degree"], "°"),
    (&["square", "kilometres"], "km²"),
    (&["square", "kilometers"], "km²"),
    (&["square", "kilometre"], "km²"),
    (&["square", "kilometer"], "km²"),
    (&["square", "miles"], "mi²"),
    (&["square", "mile"], "mi²"),
    (&["square", "metres"], "m²"),
    (&["square", "meters"], "m²"),
    (&["square", "feet"], "ft²"),
    (&["square", "foot"], "ft²"),
    (&["cubic", "metres"], "m³"),
    (&["cubic", "meters"], "m³"),
    (&["cubic", "feet"], "ft³"),
    (&["cubic", "foot"], "ft³"),
    (&["metric", "tons"], "t"),
    (&["metric", "tonnes"], "t"),
    (&["kilometres", "per", "hour"], "km/h"),
    (&["kilometers", "per", "hour"], "km/h"),
    (&["miles", "per", "hour"], "mph"),
    (&["km2"], "km²"),
    (&["sq", "km"], "km²"),
    (&["kilometres"], "km"),
    (&["kilometers"], "km"),
    (&["kilometre"], "km"),
    (&["kilometer"], "km"),
    (&["km"], "km"),
    (&["kph"], "km/h"),
    (&["kmph"], "km/h"),
    (&["mph"], "mph"),
    (&["metres"], "m"),
    (&["meters"], "m"),
    (&["metre"], "m"),
    (&["meter"], "m"),
    (&["centimetres"], "cm"),
    (&["centimeters"], "cm"),
    (&["centimetre"], "cm"),
    (&["centimeter"], "cm"),
    (&["cm"], "cm"),
    (&["millimetres"], "mm"),
    (&["millimeters"], "mm"),
    (&["millimetre"], "mm"),
    (&["millimeter"], "mm"),
    (&["mm"], "mm"),
    (&["dm"], "dm"),
    (&["picometer"], "pm"),
    (&["picometers"], "pm"),
    (&["miles"], "mi"),
    (&["mile"], "mi"),
    (&["feet"], "ft"),
    (&["foot"], "ft"),
    (&["ft"], "ft"),
    (&["inches"], "in"),
    (&["inch"], "in"),
    (&["yards"], "yd"),
    (&["yard"], "yd"),
    (&["nautical", "miles"], "nmi"),
    (&["acres"], "ac"),
    (&["acre"], "ac"),
    (&["hectares"], "ha"),
    (&["hectare"], "ha"),
    (&["tonnes"], "t"),
    (&["tonne"], "t"),
    (&["tons"], "t"),
    (&["ton"], "t"),
    (&["kilograms"], "kg"),
    (&["kilogram"], "kg"),
    (&["kilos"], "kg"),
    (&["kg"], "kg"),
    (&["grams"], "g"),
    (&["gram"], "g"),
    (&["grammes"], "g"),
    (&["micrograms"], "µg"),
    (&["microgrammes"], "µg"),
    (&["μg"], "µg"),
    (&["mcg"], "µg"),
    (&["milligrams"], "mg"),
    (&["mg"], "mg"),
    (&["pounds"], "lb"),
    (&["lbs"], "lb"),
    (&["lb"], "lb"),
    (&["ounces"], "oz"),
    (&["ounce"], "oz"),
    (&["oz"], "oz"),
    (&["litres"], "l"),
    (&["liters"], "l"),
    (&["litre"], "l"),
    (&["liter"], "l"),
    (&["millilitres"], "ml"),
    (&["milliliters"], "ml"),
    (&["ml"], "ml"),
    (&["gallons"], "gal"),
    (&["gallon"], "gal"),
    (&["barrels"], "bbl"),
    (&["barrel"], "bbl"),
    (&["teaspoons"], "tsp"),
    (&["teaspoon"], "tsp"),
    (&["tablespoons"], "tbsp"),
    (&["bits"], "bit"),
    (&["bit"], "bit"),
    (&["bytes"], "B"),
    (&["megabytes"], "MB"),
    (&["gigabytes"], "GB"),
    (&["terabytes"], "TB"),
    (&["mb"], "MB"),
    (&["gb"], "GB"),
    (&["tb"], "TB"),
    (&["megawatts"], "MW"),
    (&["megawatt"], "MW"),
    (&["mw"], "MW"),
    (&["gigawatts"], "GW"),
    (&["gw"], "GW"),
    (&["kilowatts"], "kW"),
    (&["kw"], "kW"),
    (&["kwh"], "kWh"),
    (&["volts"], "V"),
    (&["radians"], "rad"),
    (&["rad"], "rad"),
];

/// Unit symbols written right after the digits ("1.8m", "100t", "10kph").
pub fn glued_unit(s: &str) -> Option<&'static str> {
    Some(match s {
        "km" => "km",
        "m" => "m",
        "cm" => "cm",
        "mm" => "mm",
        "kg" => "kg",
        "g" => "g",
        "mg" => "mg",
        "t" => "t",
        "lb" | "lbs" => "lb",
        "ft" => "ft",
        "mi" => "mi",
        "ml" => "ml",
        "l" => "l",
        "kph" | "kmph" => "km/h",
        "mph" => "mph",
        "mw" => "MW",
        "gw" => "GW",
        "kw" => "kW",
        "kwh" => "kWh",
        "gb" => "GB",
        "mb" => "MB",
        "tb" => "TB",
        "rad" => "rad",
        "km2" => "km²",
        _ => return None,
    })
}

pub fn is_temperature(unit: &str) -> bool {
    matches!(unit, "°F" | "°C" | "K" | "°")
}

/// Time units for durations: (word, ISO designator, multiplier to that designator, time part).
pub fn time_unit(w: &str) -> Option<(char, f64, bool)> {
    Some(match w {
        "year" | "years" | "yr" | "yrs" => ('Y', 1.0, false),
        "decade" | "decades" => ('Y', 10.0, false),
        "century" | "centuries" => ('Y', 100.0, false),
        "month" | "months" | "mo" | "mos" => ('M', 1.0, false),
        "week" | "weeks" | "wk" | "wks" => ('W', 1.0, false),
        "fortnight" | "fortnights" => ('W', 2.0, false),
        "quarter" | "quarters" => ('M', 3.0, false),
        "day" | "days" | "night" | "nights" => ('D', 1.0, false),
        "weekend" | "weekends" => ('D', 2.0, false),
        "hour" | "hours" | "hr" | "hrs" | "h" => ('H', 1.0, true),
        "minute" | "minutes" | "min" | "mins" => ('M', 1.0, true),
        "second" | "seconds" | "sec" | "secs" => ('S', 1.0, true),
        _ => return None,
    })
}

/// An ISO-8601 duration: (3.5, 'Y', false) -> "P3.5Y"; (2.5, 'H', true) -> "PT2.5H".
pub fn iso_duration(value: f64, designator: char, time: bool) -> String {
    let v = if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round() as i64)
    } else {
        format!("{}", (value * 1e6).round() / 1e6)
    };
    if time {
        format!("PT{v}{designator}")
    } else {
        format!("P{v}{designator}")
    }
}
