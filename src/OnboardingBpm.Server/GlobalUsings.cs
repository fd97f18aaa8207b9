global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using ValidationProblem = OnboardingBpm.Workflows.Validation.ValidationProblem;
