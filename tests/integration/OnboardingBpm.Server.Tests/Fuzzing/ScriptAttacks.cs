namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// Scripts and templates that try to escape the expression sandbox or exhaust the server. Each JavaScript attack
/// that "works" would finish its workflow; the sandbox must stop it as a script error, which is an incident.
/// </summary>
public static class ScriptAttacks
{
    public static readonly (string Label, string Code)[] JavaScript =
    [
        ("an endless loop", "while (true) {}"),
        ("an endless loop of calls", "for (;;) { Math.random(); }"),
        ("unbounded recursion", "function f(n) { return f(n + 1) + 1; } f(0);"),
        ("mutual recursion", "function a() { return b(); } function b() { return a(); } a();"),
        ("a string doubling forever", "let s = 'x'; while (true) { s = s + s; }"),
        ("arrays piling up", "const keep = []; while (true) { keep.push(new Array(100000).fill(1)); }"),
        ("a huge array filled at once", "new Array(50000000).fill(0).length"),
        ("huge repeats piling up", "let s = ''; for (;;) { s += 'x'.repeat(1 << 20); }"),
        ("a huge join", "new Array(1 << 26).join('xy').length"),
        ("a catastrophic regular expression", "/^(a+)+$/.test('a'.repeat(40) + '!')"),
        ("importNamespace", "importNamespace('System.IO').File.ReadAllText('/etc/hostname')"),
        ("the System namespace", "System.Environment.Exit(1)"),
        ("require", "require('fs').readFileSync('/etc/hostname')"),
        ("process", "process.exit(1)"),
        ("the global object through constructor.constructor",
            "const g = (function () {}).constructor('return this')(); g.importNamespace('System').Environment.Exit(1)"),
        ("a CLR type through an object's constructor", "({}).constructor.constructor('return importNamespace')()('System.IO').File.Exists('/')"),
        ("eval to reach the host", "eval('importNamespace')('System.Diagnostics').Process.Start('sh')"),
        ("getType on a value", "variables.constructor.GetType().Assembly.Location"),
        ("a thrown object", "throw { toString() { while (true) {} } }"),
        ("a proxy trap loop", "const p = new Proxy({}, { get: (t, k) => p[k] }); p.x"),
        ("an async never-ending job", "(async () => { while (true) { await null; } })(); 1"),
        ("a getter that loops on serialisation", "({ get x() { while (true) {} } })"),
    ];

    /// <summary>Template injection: these must render harmlessly or fail as an incident, never reach .NET.</summary>
    public static readonly (string Label, string Template)[] Handlebars =
    [
        ("a missing partial", "{{> evil}}"),
        ("a lookup of a .NET member", "{{lookup variables 'GetType'}}{{variables.GetType}}{{variables.Count}}"),
        ("the constructor chain", "{{constructor.constructor}}{{this.constructor}}"),
        ("deep each", "{{#each variables}}{{#each this}}{{#each this}}{{this}}{{/each}}{{/each}}{{/each}}"),
        ("an unknown helper", "{{exec 'rm -rf /'}}"),
        ("a raw block", "{{{{raw}}}} {{evil}} {{{{/raw}}}}"),
        ("a script tag", "</script><script>alert(1)</script>{{variables.label}}"),
    ];
}
