using DossierLsp.Core.Schema;
using DossierLsp.Core.Values;

namespace DossierLsp.Core.Analysis;

internal static class DocumentDates
{
    /// <summary>The form of the first real date (to the day) in the document's date fields, so inserted dates look like the others; ISO otherwise.</summary>
    public static DateFormat PreferredFormat(BoundDocument document)
    {
        foreach (FieldEntry field in document.Fields)
        {
            if (field.Spec is { Type: FieldType.Date } && document.DateOf(field) is { Status: DateStatus.Valid, Precision: DatePrecision.Day } date)
            {
                return date.Format;
            }
        }
        return DateFormat.Iso;
    }

    /// <summary>Today's date written in the document's preferred form.</summary>
    public static string Today(BoundDocument document, DateOnly today) =>
        DateParser.Format(today, PreferredFormat(document), document.Config.DateOrder.Value);
}
