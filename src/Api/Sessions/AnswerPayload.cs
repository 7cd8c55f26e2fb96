using StudyGraph.Api.Catalog;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of <c>SubmitAnswerPayload</c>.</summary>
/// <param name="Result">The Domain's answer result.</param>
/// <param name="Session">The session after the answer.</param>
/// <param name="NextQuestion">The re-ask or next question, shuffled, without its answer key.</param>
public sealed record AnswerPayload(AnswerResult Result, SessionNode Session, QuestionNode? NextQuestion);
