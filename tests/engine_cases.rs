//! Named, table-driven cases for the recommendation engine. Each case starts from a v1 share
//! link, so the cases also cover the link contract. Expectations come from
//! `docs/recommendation-rules.md`, worked out by hand.

use recovery_quiz::engine::link;
use recovery_quiz::engine::load::{self, LoadBand, LoadTrend};
use recovery_quiz::engine::recommend::{IntervalBasis, Timing, TriageReason};
use recovery_quiz::engine::rules::ExclusionCause;
use recovery_quiz::engine::{
    recommend, Answers, Health, Recommendation, RedFlag, Spot, Technique, Triage,
};

use ExclusionCause::{AcuteInjury, JustRaced, NotOffered, RaceSoon, Swelling};
use Technique::{Cryotherapy, Cupping, DeepTissue, Graston};
use Triage::{Clinician, Emergency, Massage};

const ALL: &[Technique] = &Technique::ALL;

/// One more thing to check besides triage, technique and interval.
#[derive(Debug)]
enum Check {
    /// The load reading's trend; `None` when `hist` is absent.
    Load(Option<LoadTrend>),
    Band(LoadBand),
    Basis(IntervalBasis),
    /// This technique is left out for this cause.
    Excluded(Technique, ExclusionCause),
    /// This technique is not left out at all.
    NotExcluded(Technique),
    /// This timing advice is given.
    Timing(Timing),
    /// Exactly this timing advice, in this order.
    TimingIs(&'static [Timing]),
    /// This reason sent the runner away from massage.
    Reason(TriageReason),
    /// The second technique's slug, or "none".
    Secondary(&'static str),
}

use Check::*;

struct Case {
    name: &'static str,
    link: &'static str,
    offered: &'static [Technique],
    triage: Triage,
    /// The `data-technique` value.
    technique: &'static str,
    every_days: u8,
    checks: &'static [Check],
}

const fn case(
    name: &'static str,
    link: &'static str,
    triage: Triage,
    technique: &'static str,
    every_days: u8,
    checks: &'static [Check],
) -> Case {
    Case {
        name,
        link,
        offered: ALL,
        triage,
        technique,
        every_days,
        checks,
    }
}

const fn at_clinic(offered: &'static [Technique], case: Case) -> Case {
    Case { offered, ..case }
}

const CASES: &[Case] = &[
    // ── Red flags: no massage, whatever else the answers say ───────────────────────────────
    case(
        "red flag chest pain or breathlessness: emergency",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=chest&health=",
        Emergency, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::Chest))],
    ),
    case(
        "red flag saddle numbness with back pain: emergency",
        "#/result?v=1&km=30&runs=3&hard=0&pain=lower-back:6:sore:5&flags=saddle&health=",
        Emergency, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::Saddle))],
    ),
    case(
        "red flag one swollen warm calf (possible DVT): clinician",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:5:swollen:2&flags=calf-swelling&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::CalfSwelling))],
    ),
    case(
        "red flag pinpoint bone pain on the shin: clinician",
        "#/result?v=1&km=45&runs=5&hard=1&pain=shin:6:sharp:12&flags=bone-spot&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::BoneSpot))],
    ),
    case(
        "red flag pain at rest or at night: clinician",
        "#/result?v=1&km=25&runs=3&hard=0&pain=foot:5:sore:30&flags=night-pain&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::NightPain))],
    ),
    case(
        "red flag cannot take four steps: clinician",
        "#/result?v=1&km=20&runs=3&hard=1&pain=achilles:8:swollen:1&flags=no-weight&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::NoWeight))],
    ),
    case(
        "red flag pop at the back of the ankle (possible rupture): clinician",
        "#/result?v=1&km=35&runs=4&hard=2&pain=achilles:7:sharp:0&flags=pop&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::Pop))],
    ),
    case(
        "red flag numbness or tingling: clinician",
        "#/result?v=1&km=30&runs=4&hard=1&pain=hamstring:3:tight:20&flags=numbness&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::Numbness))],
    ),
    case(
        "red flag fever with nothing hurting: clinician",
        "#/result?v=1&km=15&runs=2&hard=0&pain=&flags=fever&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Flag(RedFlag::Fever))],
    ),
    case(
        "an emergency flag outranks a clinician flag",
        "#/result?v=1&km=15&runs=2&hard=0&pain=&flags=fever,chest&health=",
        Emergency, "none", 0,
        &[
            Reason(TriageReason::Flag(RedFlag::Chest)),
            Reason(TriageReason::Flag(RedFlag::Fever)),
        ],
    ),
    case(
        "groin pain when running: clinician (possible stress fracture)",
        "#/result?v=1&km=40&runs=4&hard=1&pain=groin:4:sore:10&flags=&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Spot(Spot::Groin))],
    ),
    case(
        "groin pain alongside a tight calf is still a clinician's call",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:6:tight:10,groin:2:tight:3&flags=&health=",
        Clinician, "none", 0,
        &[Reason(TriageReason::Spot(Spot::Groin))],
    ),
    case(
        "groin marked with severity 0 is not pain",
        "#/result?v=1&km=30&runs=4&hard=1&pain=groin:0:sore:10&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Basis(IntervalBasis::Moderate)],
    ),
    // ── Health conditions: each rules out the techniques in the table of §2 ─────────────
    case(
        "blood thinners: no deep tissue, cupping or Graston; cold is left",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=blood-thinners",
        Massage, "cryotherapy", 7,
        &[
            Excluded(DeepTissue, ExclusionCause::Health(Health::BloodThinners)),
            Excluded(Cupping, ExclusionCause::Health(Health::BloodThinners)),
            Excluded(Graston, ExclusionCause::Health(Health::BloodThinners)),
            NotExcluded(Cryotherapy),
        ],
    ),
    case(
        "pregnancy: no cupping; deep tissue still fits a tight calf",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=pregnant",
        Massage, "deep-tissue", 7,
        &[
            Excluded(Cupping, ExclusionCause::Health(Health::Pregnant)),
            NotExcluded(DeepTissue),
            NotExcluded(Graston),
            NotExcluded(Cryotherapy),
            Secondary("none"),
        ],
    ),
    case(
        "broken or fragile skin: only cold is left",
        "#/result?v=1&km=30&runs=3&hard=1&pain=hamstring:5:tight:6&flags=&health=skin",
        Massage, "cryotherapy", 7,
        &[
            Excluded(DeepTissue, ExclusionCause::Health(Health::Skin)),
            Excluded(Cupping, ExclusionCause::Health(Health::Skin)),
            Excluded(Graston, ExclusionCause::Health(Health::Skin)),
            NotExcluded(Cryotherapy),
        ],
    ),
    case(
        "varicose veins: no cupping or Graston; deep tissue fits",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=varicose",
        Massage, "deep-tissue", 7,
        &[
            Excluded(Cupping, ExclusionCause::Health(Health::Varicose)),
            Excluded(Graston, ExclusionCause::Health(Health::Varicose)),
            NotExcluded(DeepTissue),
            NotExcluded(Cryotherapy),
        ],
    ),
    case(
        "neuropathy: no cold; deep tissue for a tight calf",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=neuropathy",
        Massage, "deep-tissue", 7,
        &[
            Excluded(Cryotherapy, ExclusionCause::Health(Health::Neuropathy)),
            NotExcluded(DeepTissue),
            NotExcluded(Cupping),
            NotExcluded(Graston),
        ],
    ),
    case(
        "cold sensitivity: a flared Achilles gets deep tissue instead of cold",
        "#/result?v=1&km=40&runs=4&hard=1&pain=achilles:6:sharp:7&flags=&health=cold-sensitive",
        Massage, "deep-tissue", 7,
        &[
            Excluded(Cryotherapy, ExclusionCause::Health(Health::ColdSensitive)),
            NotExcluded(DeepTissue),
            NotExcluded(Cupping),
            NotExcluded(Graston),
        ],
    ),
    case(
        "neuropathy with a fresh swollen Achilles: nothing is safe",
        "#/result?v=1&km=30&runs=4&hard=1&pain=achilles:6:swollen:1&flags=&health=neuropathy",
        Clinician, "none", 0,
        &[
            Reason(TriageReason::NothingSafe),
            Excluded(Cryotherapy, ExclusionCause::Health(Health::Neuropathy)),
            Excluded(DeepTissue, AcuteInjury(Spot::Achilles)),
        ],
    ),
    case(
        "blood thinners and cold sensitivity together rule out all four",
        "#/result?v=1&km=30&runs=4&hard=1&pain=&flags=&health=cold-sensitive,blood-thinners",
        Clinician, "none", 0,
        &[
            Reason(TriageReason::NothingSafe),
            Excluded(Cryotherapy, ExclusionCause::Health(Health::ColdSensitive)),
            Excluded(DeepTissue, ExclusionCause::Health(Health::BloodThinners)),
        ],
    ),
    // ── Race week ───────────────────────────────────────────────────────────────────────────
    case(
        "race in 2 days: no deep work; cupping for a tight hamstring",
        "#/result?v=1&km=45&runs=5&hard=1&race=2&pain=hamstring:3:tight:10&flags=&health=",
        Massage, "cupping", 7,
        &[
            Excluded(DeepTissue, RaceSoon(2)),
            Excluded(Graston, RaceSoon(2)),
            NotExcluded(Cupping),
            TimingIs(&[Timing::RaceSoon(2)]),
        ],
    ),
    case(
        "race in 3 days is still too close for deep work",
        "#/result?v=1&km=35&runs=4&hard=1&race=3&pain=quad:4:tight:10&flags=&health=",
        Massage, "cupping", 7,
        &[
            Excluded(DeepTissue, RaceSoon(3)),
            Excluded(Graston, RaceSoon(3)),
            TimingIs(&[Timing::RaceSoon(3)]),
        ],
    ),
    case(
        "race today: deep work ruled out, no booking window",
        "#/result?v=1&km=30&runs=4&hard=1&race=0&last=30&pain=&flags=&health=",
        Massage, "cupping", 14,
        &[
            Excluded(DeepTissue, RaceSoon(0)),
            TimingIs(&[Timing::RaceSoon(0)]),
        ],
    ),
    case(
        "race in 4 days: a tune-up with deep tissue is fine",
        "#/result?v=1&km=40&runs=4&hard=1&race=4&pain=calf:4:tight:10&flags=&health=",
        Massage, "deep-tissue", 7,
        &[
            NotExcluded(DeepTissue),
            NotExcluded(Graston),
            TimingIs(&[Timing::TuneUp(4), Timing::AfterHardSession]),
        ],
    ),
    case(
        "race in 7 days: still tune-up timing",
        "#/result?v=1&km=40&runs=4&hard=1&race=7&last=30&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::TuneUp(7), Timing::BookNow])],
    ),
    case(
        "race in 8 days: no race timing yet",
        "#/result?v=1&km=40&runs=4&hard=1&race=8&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::AfterHardSession])],
    ),
    // ── After a race ────────────────────────────────────────────────────────────────────────
    case(
        "race day with a 10/10 tight calf: still cold first, not cupping",
        "#/result?v=1&km=45&runs=4&hard=1&raced=0&pain=calf:10:tight:1&flags=&health=",
        Massage, "cryotherapy", 7,
        &[Excluded(DeepTissue, JustRaced(0))],
    ),
    case(
        "marathon today: cold first, no deep work",
        "#/result?v=1&km=48&runs=3&hard=1&long=42.2&raced=0&pain=&flags=&health=",
        Massage, "cryotherapy", 7,
        &[
            Excluded(DeepTissue, JustRaced(0)),
            Excluded(Graston, JustRaced(0)),
            TimingIs(&[Timing::ColdNow, Timing::JustRaced(0)]),
            Basis(IntervalBasis::Heavy(recovery_quiz::engine::load::HeavyBecause::MarathonBuild)),
        ],
    ),
    case(
        "raced yesterday: cold first",
        "#/result?v=1&km=30&runs=3&hard=1&raced=1&pain=&flags=&health=",
        Massage, "cryotherapy", 14,
        &[
            Excluded(DeepTissue, JustRaced(1)),
            Excluded(Graston, JustRaced(1)),
            NotExcluded(Cupping),
            TimingIs(&[Timing::ColdNow, Timing::JustRaced(1)]),
        ],
    ),
    case(
        "raced 2 days ago with a sore calf: still cold first",
        "#/result?v=1&km=30&runs=3&hard=1&raced=2&pain=calf:3:sore:4&flags=&health=",
        Massage, "cryotherapy", 7,
        &[Excluded(DeepTissue, JustRaced(2)), Timing(Timing::JustRaced(2))],
    ),
    case(
        "raced 3 days ago: deep tissue is back",
        "#/result?v=1&km=30&runs=3&hard=1&raced=3&pain=calf:4:tight:3&flags=&health=",
        Massage, "deep-tissue", 7,
        &[
            NotExcluded(DeepTissue),
            NotExcluded(Graston),
            TimingIs(&[Timing::AfterHardSession]),
        ],
    ),
    case(
        "raced 2 days ago and cold-sensitive: light cupping is what is left",
        "#/result?v=1&km=30&runs=3&hard=1&raced=2&pain=&flags=&health=cold-sensitive",
        Massage, "cupping", 14,
        &[
            Excluded(DeepTissue, JustRaced(2)),
            Excluded(Cryotherapy, ExclusionCause::Health(Health::ColdSensitive)),
        ],
    ),
    // ── Training load reading ───────────────────────────────────────────────────────────────
    case(
        "load spike: 50 km after four 30 km weeks",
        "#/result?v=1&km=50&hist=30,30,30,30&runs=5&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 7,
        &[
            Load(Some(LoadTrend::Spike)),
            Band(LoadBand::Heavy),
            Basis(IntervalBasis::Heavy(recovery_quiz::engine::load::HeavyBecause::Distance)),
        ],
    ),
    case(
        "exactly 1.3 times the average is not yet a spike",
        "#/result?v=1&km=39&hist=30,30,30,30&runs=4&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Load(Some(LoadTrend::Steady))],
    ),
    case(
        "just over 1.3 times the average is a spike",
        "#/result?v=1&km=39.1&hist=30,30,30,30&runs=4&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Load(Some(LoadTrend::Spike))],
    ),
    case(
        "45.6 km after 20, 30, 40 and 50 (average 35) is a spike",
        "#/result?v=1&km=45.6&hist=20,30,40,50&runs=4&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Load(Some(LoadTrend::Spike))],
    ),
    case(
        "a much lighter week than usual",
        "#/result?v=1&km=20&hist=40,40,40,40&runs=3&hard=0&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Load(Some(LoadTrend::Lower)), Band(LoadBand::Moderate)],
    ),
    case(
        "no history: no load reading",
        "#/result?v=1&km=25&runs=3&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Load(None)],
    ),
    case(
        "running again after four empty weeks is a jump",
        "#/result?v=1&km=10&hist=0,0,0,0&runs=2&hard=0&pain=&flags=&health=",
        Massage, "deep-tissue", 28,
        &[Load(Some(LoadTrend::Spike))],
    ),
    case(
        "nothing now and nothing before is steady",
        "#/result?v=1&km=0&hist=0,0,0,0&runs=0&hard=0&pain=&flags=&health=",
        Massage, "deep-tissue", 28,
        &[Load(Some(LoadTrend::Steady)), Band(LoadBand::Light)],
    ),
    // ── Intervals ───────────────────────────────────────────────────────────────────────────
    case(
        "two hard sessions make a heavy week",
        "#/result?v=1&km=30&runs=5&hard=2&pain=&flags=&health=",
        Massage, "deep-tissue", 7,
        &[
            Band(LoadBand::Heavy),
            Basis(IntervalBasis::Heavy(recovery_quiz::engine::load::HeavyBecause::HardSessions)),
        ],
    ),
    case(
        "a 25 km long run means a marathon build",
        "#/result?v=1&km=40&runs=4&hard=1&long=25&pain=&flags=&health=",
        Massage, "deep-tissue", 7,
        &[Basis(IntervalBasis::Heavy(
            recovery_quiz::engine::load::HeavyBecause::MarathonBuild,
        ))],
    ),
    case(
        "a 24.9 km long run in a 40 km week is moderate",
        "#/result?v=1&km=40&runs=4&hard=1&long=24.9&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Band(LoadBand::Moderate), Basis(IntervalBasis::Moderate)],
    ),
    case(
        "49.9 km with one hard session is moderate",
        "#/result?v=1&km=49.9&runs=5&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Band(LoadBand::Moderate)],
    ),
    case(
        "exactly 20 km is moderate",
        "#/result?v=1&km=20&runs=3&hard=0&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[Band(LoadBand::Moderate)],
    ),
    case(
        "19.9 km and nothing hurting: monthly maintenance",
        "#/result?v=1&km=19.9&runs=3&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 28,
        &[Band(LoadBand::Light), Basis(IntervalBasis::Light)],
    ),
    case(
        "a light week with a mild problem is weekly",
        "#/result?v=1&km=12&runs=2&hard=0&pain=hamstring:1:tight:10&flags=&health=",
        Massage, "deep-tissue", 7,
        &[Band(LoadBand::Light), Basis(IntervalBasis::ActiveProblem)],
    ),
    case(
        "a spot marked with severity 0 is not an active problem",
        "#/result?v=1&km=12&runs=2&hard=0&pain=calf:0:tight:10&flags=&health=",
        Massage, "deep-tissue", 28,
        &[Basis(IntervalBasis::Light)],
    ),
    // ── Timing after the last hard session ──────────────────────────────────────────────────
    case(
        "hard session 6 hours ago: cold now, book in 18 to 42 hours",
        "#/result?v=1&km=30&runs=4&hard=1&last=6&pain=&flags=&health=",
        Massage, "cryotherapy", 14,
        &[TimingIs(&[Timing::ColdNow, Timing::BookIn { from: 18, to: 42 }])],
    ),
    case(
        "hard session 12 hours ago is still right after it",
        "#/result?v=1&km=30&runs=4&hard=1&last=12&pain=&flags=&health=",
        Massage, "cryotherapy", 14,
        &[TimingIs(&[Timing::ColdNow, Timing::BookIn { from: 12, to: 36 }])],
    ),
    case(
        "hard session 13 hours ago: maintenance, book in 11 to 35 hours",
        "#/result?v=1&km=30&runs=4&hard=1&last=13&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::BookIn { from: 11, to: 35 }])],
    ),
    case(
        "hard session 24 hours ago: book now",
        "#/result?v=1&km=30&runs=4&hard=1&last=24&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::BookNow])],
    ),
    case(
        "hard session 48 hours ago: book now, the window's last hour",
        "#/result?v=1&km=30&runs=4&hard=1&last=48&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::BookNow])],
    ),
    case(
        "hard session 49 hours ago: after the next one",
        "#/result?v=1&km=30&runs=4&hard=1&last=49&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::AfterNextHardSession])],
    ),
    case(
        "last hard session unknown: 24 to 48 hours after the next long run",
        "#/result?v=1&km=30&runs=4&hard=1&pain=&flags=&health=",
        Massage, "deep-tissue", 14,
        &[TimingIs(&[Timing::AfterHardSession])],
    ),
    // ── What the clinic offers ──────────────────────────────────────────────────────────────
    at_clinic(
        &[Cupping, Cryotherapy],
        case(
            "no deep tissue at this clinic: cupping for a tight calf",
            "#/result?v=1&km=40&runs=4&hard=1&pain=calf:5:tight:10&flags=&health=",
            Massage, "cupping", 7,
            &[Excluded(DeepTissue, NotOffered), NotExcluded(Cupping)],
        ),
    ),
    at_clinic(
        &[DeepTissue, Cupping, Cryotherapy],
        case(
            "no Graston at this clinic: deep tissue for an old heel problem",
            "#/result?v=1&km=35&runs=4&hard=1&pain=foot:5:sore:60&flags=&health=",
            Massage, "deep-tissue", 7,
            &[Excluded(Graston, NotOffered)],
        ),
    ),
    at_clinic(
        &[Graston],
        case(
            "a Graston-only clinic and a fresh swollen heel: nothing safe",
            "#/result?v=1&km=35&runs=4&hard=1&pain=foot:6:swollen:1&flags=&health=",
            Clinician, "none", 0,
            &[Reason(TriageReason::NothingSafe), Excluded(Graston, AcuteInjury(Spot::Foot))],
        ),
    ),
    at_clinic(
        &[DeepTissue],
        case(
            "a deep-tissue-only clinic two days before a race: nothing safe",
            "#/result?v=1&km=35&runs=4&hard=1&race=2&pain=&flags=&health=",
            Clinician, "none", 0,
            &[Reason(TriageReason::NothingSafe), Excluded(DeepTissue, RaceSoon(2))],
        ),
    ),
    at_clinic(
        &[Cryotherapy, DeepTissue],
        case(
            "the clinic's list order does not matter",
            "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=",
            Massage, "deep-tissue", 7,
            &[NotExcluded(DeepTissue)],
        ),
    ),
    // ── Common running problems ─────────────────────────────────────────────────────────────
    case(
        "shin splints: work on the muscles around the shin",
        "#/result?v=1&km=35&runs=4&hard=1&pain=shin:4:sore:14&flags=&health=",
        Massage, "deep-tissue", 7,
        &[NotExcluded(DeepTissue)],
    ),
    case(
        "plantar fasciitis, two days and sharp: cold only",
        "#/result?v=1&km=35&runs=4&hard=1&pain=foot:6:sharp:2&flags=&health=",
        Massage, "cryotherapy", 7,
        &[
            Excluded(DeepTissue, AcuteInjury(Spot::Foot)),
            Excluded(Cupping, AcuteInjury(Spot::Foot)),
            Excluded(Graston, AcuteInjury(Spot::Foot)),
        ],
    ),
    case(
        "plantar fasciitis, six weeks exactly: Graston",
        "#/result?v=1&km=35&runs=4&hard=1&pain=foot:5:sore:42&flags=&health=",
        Massage, "graston", 7,
        &[NotExcluded(Graston)],
    ),
    case(
        "plantar fasciitis, 41 days: not yet long-standing",
        "#/result?v=1&km=35&runs=4&hard=1&pain=foot:5:sore:41&flags=&health=",
        Massage, "deep-tissue", 7,
        &[],
    ),
    case(
        "Achilles tendinopathy for four months: Graston",
        "#/result?v=1&km=40&runs=4&hard=1&pain=achilles:4:tight:120&flags=&health=",
        Massage, "graston", 7,
        &[],
    ),
    case(
        "Achilles flared a week ago: cold first",
        "#/result?v=1&km=40&runs=4&hard=1&pain=achilles:6:sharp:7&flags=&health=",
        Massage, "cryotherapy", 7,
        &[NotExcluded(DeepTissue)],
    ),
    case(
        "IT band pain for three months: Graston",
        "#/result?v=1&km=40&runs=4&hard=1&pain=knee-outer:5:sharp:90&flags=&health=",
        Massage, "graston", 7,
        &[],
    ),
    case(
        "IT band flared ten days ago: cold first",
        "#/result?v=1&km=40&runs=4&hard=1&pain=knee-outer:6:sharp:10&flags=&health=",
        Massage, "cryotherapy", 7,
        &[],
    ),
    case(
        "outer hip tightness: deep tissue",
        "#/result?v=1&km=30&runs=4&hard=1&pain=hip:4:tight:10&flags=&health=",
        Massage, "deep-tissue", 7,
        &[],
    ),
    case(
        "runner's knee: work on the thigh muscles",
        "#/result?v=1&km=35&runs=4&hard=1&pain=knee:5:sore:21&flags=&health=",
        Massage, "deep-tissue", 7,
        &[],
    ),
    case(
        "calf tightness: deep tissue, cupping as a second choice",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=",
        Massage, "deep-tissue", 7,
        &[Secondary("cupping"), Basis(IntervalBasis::ActiveProblem)],
    ),
    case(
        "calf strain yesterday: cold only",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:7:sharp:1&flags=&health=",
        Massage, "cryotherapy", 7,
        &[
            Excluded(DeepTissue, AcuteInjury(Spot::Calf)),
            Excluded(Cupping, AcuteInjury(Spot::Calf)),
            Secondary("none"),
        ],
    ),
    case(
        "calf strain yesterday and cold-sensitive: nothing safe",
        "#/result?v=1&km=40&runs=4&hard=1&pain=calf:7:sharp:1&flags=&health=cold-sensitive",
        Clinician, "none", 0,
        &[Reason(TriageReason::NothingSafe)],
    ),
    case(
        "a calf swollen for ten days: cold, no firm work",
        "#/result?v=1&km=30&runs=3&hard=1&pain=calf:3:swollen:10&flags=&health=",
        Massage, "cryotherapy", 7,
        &[
            Excluded(DeepTissue, Swelling(Spot::Calf)),
            Excluded(Cupping, Swelling(Spot::Calf)),
            Excluded(Graston, Swelling(Spot::Calf)),
        ],
    ),
    case(
        "a swollen calf in a heavy week: the load never brings deep tissue back",
        "#/result?v=1&km=50&runs=5&hard=2&pain=calf:2:swollen:10&flags=&health=",
        Massage, "cryotherapy", 7,
        &[Excluded(DeepTissue, Swelling(Spot::Calf)), Secondary("none")],
    ),
    case(
        "sore lower back: deep tissue",
        "#/result?v=1&km=30&runs=4&hard=1&pain=lower-back:5:sore:20&flags=&health=",
        Massage, "deep-tissue", 7,
        &[Secondary("cupping")],
    ),
    case(
        "tight hamstrings in a 60 km week: deep tissue",
        "#/result?v=1&km=60&runs=6&hard=2&long=22&pain=hamstring:6:tight:5&flags=&health=",
        Massage, "deep-tissue", 7,
        &[Band(LoadBand::Heavy)],
    ),
    case(
        "quad strain two days ago: cold only",
        "#/result?v=1&km=30&runs=4&hard=1&pain=quad:6:sharp:2&flags=&health=",
        Massage, "cryotherapy", 7,
        &[Excluded(DeepTissue, AcuteInjury(Spot::Quad))],
    ),
    case(
        "a quad strain three days old is past the acute window",
        "#/result?v=1&km=30&runs=4&hard=1&pain=quad:6:sharp:3&flags=&health=",
        Massage, "deep-tissue", 7,
        &[NotExcluded(DeepTissue)],
    ),
    // ── Severity weighs each pain ───────────────────────────────────────────────────────────
    case(
        "a bad old Achilles outweighs a mild tight calf",
        "#/result?v=1&km=35&runs=4&hard=1&pain=calf:2:tight:10,achilles:8:tight:90&flags=&health=",
        Massage, "graston", 7,
        &[],
    ),
    case(
        "a bad tight calf outweighs a mild old Achilles",
        "#/result?v=1&km=35&runs=4&hard=1&pain=calf:8:tight:10,achilles:2:tight:90&flags=&health=",
        Massage, "deep-tissue", 7,
        &[],
    ),
    case(
        "a swollen spot rules firm work out even at severity 0",
        "#/result?v=1&km=35&runs=4&hard=1&pain=achilles:6:tight:90,calf:0:swollen:10&flags=&health=",
        Massage, "cryotherapy", 7,
        &[Excluded(Graston, Swelling(Spot::Calf)), Excluded(DeepTissue, Swelling(Spot::Calf))],
    ),
];

fn failures(case: &Case, answers: &Answers, rec: &Recommendation) -> Vec<String> {
    let mut out = Vec::new();
    if rec.triage != case.triage {
        out.push(format!(
            "triage {:?}, expected {:?}",
            rec.triage, case.triage
        ));
    }
    if rec.technique_name() != case.technique {
        out.push(format!(
            "technique {}, expected {}",
            rec.technique_name(),
            case.technique
        ));
    }
    if rec.every_days != case.every_days {
        out.push(format!(
            "every_days {}, expected {}",
            rec.every_days, case.every_days
        ));
    }
    for check in case.checks {
        let ok = match check {
            Load(trend) => rec.load.map(|l| l.trend) == *trend,
            Band(band) => load::band(answers).0 == *band,
            Basis(basis) => rec.interval_basis == *basis,
            Excluded(t, cause) => rec
                .exclusions
                .iter()
                .any(|e| e.technique == *t && e.cause == *cause),
            NotExcluded(t) => rec.exclusions.iter().all(|e| e.technique != *t),
            Timing(timing) => rec.timing.contains(timing),
            TimingIs(timing) => rec.timing == *timing,
            Reason(reason) => rec.triage_reasons.contains(reason),
            Secondary(slug) => {
                rec.secondary
                    .as_ref()
                    .map_or_else(|| "none".to_owned(), |c| c.technique.to_string())
                    == *slug
            }
        };
        if !ok {
            out.push(format!("check {check:?} failed"));
        }
    }
    out
}

#[test]
fn engine_cases() {
    let mut report = Vec::new();
    for case in CASES {
        let answers = match link::parse(case.link) {
            Ok(answers) => answers,
            Err(err) => {
                report.push(format!(
                    "{}\n  link: {}\n  cannot be read: {err:?}",
                    case.name, case.link
                ));
                continue;
            }
        };
        let rec = recommend(&answers, case.offered);
        let problems = failures(case, &answers, &rec);
        if !problems.is_empty() {
            report.push(format!(
                "{}\n  link: {}\n  offered: {:?}\n  {}\n  got: {rec:#?}",
                case.name,
                case.link,
                case.offered,
                problems.join("\n  ")
            ));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} cases failed:\n\n{}",
        report.len(),
        CASES.len(),
        report.join("\n\n")
    );
}

#[test]
fn case_names_are_unique_and_the_table_is_broad() {
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "two cases share a name");
    assert!(CASES.len() >= 45, "only {} cases", CASES.len());
    for technique in Technique::ALL {
        let chosen = CASES
            .iter()
            .filter(|c| c.technique == technique.to_string())
            .count();
        assert!(
            chosen >= 2,
            "{technique:?} is expected in only {chosen} cases"
        );
    }
    for flag in RedFlag::ALL {
        assert!(
            CASES.iter().any(|c| c
                .checks
                .iter()
                .any(|k| matches!(k, Reason(TriageReason::Flag(f)) if *f == flag))),
            "no case for the red flag {flag:?}"
        );
    }
    for condition in Health::ALL {
        assert!(
            CASES
                .iter()
                .any(|c| c.checks.iter().any(
                    |k| matches!(k, Excluded(_, ExclusionCause::Health(h)) if *h == condition)
                )),
            "no case for the health condition {condition:?}"
        );
    }
}
