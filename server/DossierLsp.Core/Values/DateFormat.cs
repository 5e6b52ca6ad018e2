namespace DossierLsp.Core.Values;

/// <summary>How a date was written, so a fix can keep the author's style.</summary>
public enum DateFormat
{
    /// <summary>Year first: <c>2024-05-01</c> (also <c>2024/05/01</c>).</summary>
    Iso,
    /// <summary><c>May 1, 2024</c>, <c>Apr 30 2024</c>, <c>Tuesday, May 7th, 2024</c>.</summary>
    MonthNameDayYear,
    /// <summary><c>1 May 2024</c>, <c>Tuesday, 7th of May 2024</c>.</summary>
    DayMonthNameYear,
    /// <summary><c>05/01/2024</c> or <c>05-01-2024</c>, read according to the configured <see cref="Config.DateOrder"/>.</summary>
    Numeric,
    /// <summary><c>01.05.2024</c>: dotted numeric dates are day first everywhere.</summary>
    Dotted,
    /// <summary><c>May 2024</c>, <c>2024-05</c>: a month-precision date.</summary>
    MonthYear,
}
