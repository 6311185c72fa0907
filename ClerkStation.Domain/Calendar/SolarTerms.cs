namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Solar terms (节气): the instant the sun's apparent geocentric longitude reaches a multiple of 15°, and its civil
/// date in Beijing time (UTC+8), as GB/T 33661-2017 defines them. Method: Meeus, <i>Astronomical Algorithms</i>
/// (2nd ed.) ch. 25 "higher accuracy" (VSOP87 longitude, FK5 correction, nutation in longitude per ch. 22's
/// short series, aberration), solved for the instant with ch. 27's correction step; ΔT (TT − UT) from Espenak &amp;
/// Meeus' polynomials (NASA Five Millennium Canon, 2006). Checked against the Hong Kong Observatory's conversion
/// tables 1901–2100 (Qingming) in the tests; expect a one-day difference only when a term falls within about a
/// minute of midnight.
/// </summary>
public static class SolarTerms
{
    private const double J2000 = 2451545.0;
    private const double ArcSecond = 1.0 / 3600.0;
    private static readonly DateTime J2000Utc = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>清明: the sun at apparent longitude 15°, dated in Beijing time.</summary>
    public static DateOnly Qingming(int year) => BeijingDate(year, 15, new DateOnly(year, 4, 5));

    /// <summary>The Beijing-time date on which the sun reaches <paramref name="longitude"/> near <paramref name="around"/>.</summary>
    public static DateOnly BeijingDate(int year, double longitude, DateOnly around) =>
        DateOnly.FromDateTime(InstantUtc(year, longitude, around).AddHours(8));

    /// <summary>The UTC instant at which the sun's apparent longitude is <paramref name="longitude"/> degrees, nearest <paramref name="around"/>.</summary>
    public static DateTime InstantUtc(int year, double longitude, DateOnly around)
    {
        var jde = ToJulianDay(around.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        for (var i = 0; i < 50; i++)
        {
            var step = 58.0 * Math.Sin(Radians(longitude - ApparentLongitude(jde)));
            jde += step;
            if (Math.Abs(step) < 1e-7)
            {
                break;
            }
        }
        var deltaT = DeltaTSeconds(year + ((around.Month - 0.5) / 12.0));
        return J2000Utc.AddDays(jde - J2000 - (deltaT / 86400.0));
    }

    /// <summary>The sun's apparent geocentric longitude in degrees [0, 360) at Julian Ephemeris Day <paramref name="jde"/>.</summary>
    public static double ApparentLongitude(double jde)
    {
        var tau = (jde - J2000) / 365250.0;
        var t = tau * 10.0;
        var theta = Normalize((Vsop87Earth.Longitude(tau) * 180.0 / Math.PI) + 180.0);
        var fk5 = -0.09033 * ArcSecond;
        var omega = Radians(125.04452 - (1934.136261 * t));
        var sunMean = Radians(280.4665 + (36000.7698 * t));
        var moonMean = Radians(218.3165 + (481267.8813 * t));
        var nutation = ((-17.20 * Math.Sin(omega)) - (1.32 * Math.Sin(2 * sunMean)) - (0.23 * Math.Sin(2 * moonMean))
            + (0.21 * Math.Sin(2 * omega))) * ArcSecond;
        var aberration = -20.4898 * ArcSecond / Vsop87Earth.Radius(tau);
        return Normalize(theta + fk5 + nutation + aberration);
    }

    /// <summary>ΔT = TT − UT in seconds for a decimal year, Espenak &amp; Meeus (2006), valid 1900–2150.</summary>
    public static double DeltaTSeconds(double y)
    {
        double t;
        switch (y)
        {
            case < 1920:
                t = y - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * t * t * t * t);
            case < 1941:
                t = y - 1920;
                return 21.20 + (0.84493 * t) - (0.0761 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = y - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            case < 1986:
                t = y - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            case < 2005:
                t = y - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * Math.Pow(t, 3)) + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            case < 2050:
                t = y - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            default:
                var u = (y - 1820) / 100;
                return -20 + (32 * u * u) - (0.5628 * (2150 - y));
        }
    }

    /// <summary>The Julian Day of a UTC instant (treated as TT where the caller wants JDE).</summary>
    public static double ToJulianDay(DateTime utc) => J2000 + (utc - J2000Utc).TotalDays;

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    private static double Normalize(double degrees)
    {
        var d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
