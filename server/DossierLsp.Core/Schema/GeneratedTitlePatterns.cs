using System.Text.RegularExpressions;
using DossierLsp.Core.Text;

namespace DossierLsp.Core.Schema;

/// <summary>
/// The built-in schema's title pattern and variants as source-generated regexes: under NativeAOT a pattern built at run
/// time is interpreted, several times slower, and the title pattern runs on every file. A schema pattern spelt exactly as
/// one of these (the built-in schema's, or a copy of it) gets the generated regex, which matches identically; any other
/// is built at run time (<see cref="BoundedRegex.Create"/>). A test keeps this list in step with the built-in schema.
/// </summary>
internal static partial class GeneratedTitlePatterns
{
    private const string JobApplication = @"^Job Application:\s*(?<company>.+?)\s+-\s+(?<position>.+?)\s*$";
    private const string ApplicationVariant = @"(?i)^(?:Job\s+)?Application(?:\s+for)?\s*[:\-–—|]?\s*(?<company>.+?)\s+[-–—|:@]\s+(?<position>.+?)\s*$";
    private const string BarVariant = @"^(?<company>[^|]+?)\s+\|\s+(?<position>[^|]+?)\s*$";
    private const string DashVariant = @"^(?<company>.+?)\s+[–—]\s+(?<position>.+?)\s*$";
    private const string AtVariant = @"(?i)^(?<position>.+?)\s+(?:at|@)\s+(?<company>.+?)\s*[-–—|:(]\s*(?:Job\s+)?Application\)?\s*$";

    /// <summary>The regex for a schema's title pattern or variant: generated when there is one for its text.</summary>
    public static Regex Create(string pattern) => pattern switch
    {
        JobApplication => JobApplicationRegex,
        ApplicationVariant => ApplicationVariantRegex,
        BarVariant => BarVariantRegex,
        DashVariant => DashVariantRegex,
        AtVariant => AtVariantRegex,
        _ => BoundedRegex.Create(pattern),
    };

    [GeneratedRegex(JobApplication, RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex JobApplicationRegex { get; }

    [GeneratedRegex(ApplicationVariant, RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex ApplicationVariantRegex { get; }

    [GeneratedRegex(BarVariant, RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex BarVariantRegex { get; }

    [GeneratedRegex(DashVariant, RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DashVariantRegex { get; }

    [GeneratedRegex(AtVariant, RegexOptions.CultureInvariant, BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AtVariantRegex { get; }
}
