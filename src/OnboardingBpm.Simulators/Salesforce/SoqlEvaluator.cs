using System.Text.RegularExpressions;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>Runs a parsed <see cref="SoqlQuery"/> over the cases, with Salesforce's type rules for filter values.</summary>
internal static class SoqlEvaluator
{
    public static (IReadOnlyList<string> Fields, List<CaseRecord> Records) Run(SoqlQuery query, CaseSchema schema, IEnumerable<CaseRecord> cases)
    {
        if (!query.From.Equals("Case", StringComparison.OrdinalIgnoreCase))
        {
            throw new SoqlException("INVALID_TYPE", $"sObject type '{query.From}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.");
        }

        var fields = query.Fields.Select(f => Resolve(schema, f).Name).ToList();
        var conditions = query.Where.Select(c => (Field: Resolve(schema, c.Field), Condition: c)).ToList();
        foreach (var (field, condition) in conditions)
        {
            CheckType(field, condition);
        }

        var matches = cases.Where(r => conditions.All(c => Matches(r[c.Field.Name], c.Condition))).ToList();
        foreach (var order in query.OrderBy.Reverse())
        {
            // Stable sorts applied from the last key to the first give a multi-key order.
            var name = Resolve(schema, order.Field).Name;
            matches = [.. matches.Order(Comparer<CaseRecord>.Create((a, b) => Compare(a[name], b[name], order)))];
        }

        return (fields, query.Limit is { } limit ? matches.Take(limit).ToList() : matches);
    }

    private static CaseField Resolve(CaseSchema schema, string name) =>
        schema.Find(name) ?? throw new SoqlException("INVALID_FIELD",
            $"No such column '{name}' on entity 'Case'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");

    private static void CheckType(CaseField field, SoqlCondition condition)
    {
        foreach (var literal in condition.Values.Where(v => v.Value is not null))
        {
            var (fits, expected) = field.Kind switch
            {
                FieldKind.Boolean => (literal.Value is bool, "must be of type boolean and should not be enclosed in quotes"),
                FieldKind.DateTime => (literal.Value is DateTimeOffset, "must be of type dateTime and should not be enclosed in quotes"),
                _ => (literal.Quoted, "must be of type string and should be enclosed in quotes"),
            };
            if (!fits)
            {
                throw new SoqlException("INVALID_FIELD", $"value of filter criterion for field '{field.Name}' {expected}");
            }
        }

        if (condition.Operator == "LIKE" && field.Kind is FieldKind.Boolean or FieldKind.DateTime)
        {
            throw new SoqlException("INVALID_FIELD", $"invalid operator on {field.Name}: LIKE works on text fields only");
        }
    }

    private static bool Matches(object? value, SoqlCondition condition)
    {
        var literal = condition.Values[0].Value;
        return condition.Operator switch
        {
            "=" => Equal(value, literal),
            "!=" => !Equal(value, literal),
            "IN" => condition.Values.Any(v => Equal(value, v.Value)),
            "NOT IN" => !condition.Values.Any(v => Equal(value, v.Value)),
            "LIKE" => value is string text && literal is string pattern && Like(text, pattern),
            // Ordering comparisons never match a null on either side.
            _ when value is null || literal is null => false,
            "<" => Order(value, literal) < 0,
            "<=" => Order(value, literal) <= 0,
            ">" => Order(value, literal) > 0,
            _ => Order(value, literal) >= 0,
        };
    }

    private static bool Equal(object? value, object? literal) => (value, literal) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        _ => Equals(value, literal),
    };

    private static int Order(object value, object literal) => (value, literal) switch
    {
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => 0,
    };

    private static int Compare(object? a, object? b, SoqlOrder order)
    {
        if (a is null || b is null)
        {
            var nulls = (a is null ? 0 : 1) - (b is null ? 0 : 1);
            return order.NullsLast ? -nulls : nulls;
        }

        var result = Order(a, b);
        return order.Descending ? -result : result;
    }

    private static bool Like(string text, string pattern) =>
        Regex.IsMatch(text, "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
