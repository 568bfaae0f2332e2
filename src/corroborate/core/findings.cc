#include "corroborate/core/findings.h"

namespace corroborate {

const char* FactStatusName(FactStatus s) {
  switch (s) {
    case FactStatus::kAgreed: return "agreed";
    case FactStatus::kPartial: return "partial";
    case FactStatus::kSingle: break;
  }
  return "single";
}

const char* DisputeKindName(DisputeKind k) {
  switch (k) {
    case DisputeKind::kQualifier: return "qualifier";
    case DisputeKind::kPlace: return "place";
    case DisputeKind::kDate: return "date";
    case DisputeKind::kNumber: return "number";
    case DisputeKind::kCount: return "count";
    case DisputeKind::kActor: break;
  }
  return "actor";
}

const char* QuoteDifferenceName(QuoteDifference d) {
  switch (d) {
    case QuoteDifference::kTrimmed: return "trimmed";
    case QuoteDifference::kAltered: return "altered";
    case QuoteDifference::kSame: break;
  }
  return "same";
}

const char* CitationKindName(CitationKind k) {
  switch (k) {
    case CitationKind::kAgency: return "agency";
    case CitationKind::kAccount: return "account";
    case CitationKind::kPollster: return "pollster";
    case CitationKind::kPerson: return "person";
    case CitationKind::kOrganization: return "organization";
    case CitationKind::kOutlet: break;
  }
  return "outlet";
}

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kOrganization: return "organization";
    case ActorKind::kPlace: return "place";
    case ActorKind::kGroup: return "group";
    case ActorKind::kPerson: break;
  }
  return "person";
}

}  // namespace corroborate
