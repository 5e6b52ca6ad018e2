namespace DossierLsp.Core.Config;

public enum DateOrder { MonthDayYear, DayMonthYear }
