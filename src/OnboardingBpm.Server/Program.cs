using OnboardingBpm.Server.Errors;
using OnboardingBpm.Server.Features.Account;
using OnboardingBpm.Server.Features.Activities;
using OnboardingBpm.Server.Features.Audit;
using OnboardingBpm.Server.Features.BrowserApp;
using OnboardingBpm.Server.Features.Cases;
using OnboardingBpm.Server.Features.Customers;
using OnboardingBpm.Server.Features.Definitions;
using OnboardingBpm.Server.Features.Escalations;
using OnboardingBpm.Server.Features.Health;
using OnboardingBpm.Server.Features.Instances;
using OnboardingBpm.Server.Features.Kpis;
using OnboardingBpm.Server.Features.Integrations;
using OnboardingBpm.Server.Features.KnowledgeBase;
using OnboardingBpm.Server.Features.Stimuli;
using OnboardingBpm.Server.Features.Surveys;
using OnboardingBpm.Server.Features.Tasks;
using OnboardingBpm.Server.Features.Tickets;
using OnboardingBpm.Server.Hosting;
using OnboardingBpm.Server.Hosting.Simulators;
using OnboardingBpm.Server.Hosting.Testing;
using OnboardingBpm.Server.RealTime;
using OnboardingBpm.Server.Security;

// The shared appsettings.json is copied next to the binaries, so the content root is the output folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddTestClock();
builder.AddSimulatedIntegrations();
builder.AddWorkflowHosting();
builder.AddSecurity();
builder.AddRealTime();
builder.Services.AddApiErrors();
builder.Services.AddOpenApi();
builder.Services.AddSurveyRateLimit(builder.Configuration);

var app = builder.Build();

app.UseApiErrors();
app.UseBrowserApp();
app.UseAuthentication();
app.UseAuthorization();
app.UseNulCharacterGuard();
app.UseRequestBodyGuard();
app.UseRateLimiter();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapDevelopmentSignIn(builder.Configuration);
app.MapHealth();
app.MapActivityDescriptors();
app.MapWorkflowDefinitions();
app.MapWorkflowInstances();
app.MapStimuli();
app.MapTasks();
app.MapCases();
app.MapTickets();
app.MapKnowledgeBase();
app.MapSurveys();
app.MapCustomers();
app.MapEscalations();
app.MapAudit();
app.MapKpis();
app.MapIntegrations();
app.MapHttpWorkflows();
app.MapRealTime();
app.MapAccount();
app.MapBrowserApp();

app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
