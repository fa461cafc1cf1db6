//! The share link's QR code as an SVG path: every dark module drawn once, inside its quiet zone,
//! for the longest link the quiz writes. (The browser test decodes the drawn code.)

use qrcodegen::{QrCode, QrCodeEcc};
use recovery_quiz::engine::link::{parse, write};
use recovery_quiz::qr::{path, QUIET_ZONE};

/// The unit squares a path covers, from its `M x,y h n v1 h-n z` runs.
fn squares(d: &str) -> Vec<(i32, i32)> {
    let mut squares = Vec::new();
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (at, rest) = run.split_once('h').expect("a run");
        let (x, y) = at.split_once(',').expect("x,y");
        let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
        let length: i32 = rest.split_once('v').expect("v1").0.parse().unwrap();
        assert_eq!(rest, format!("{length}v1h-{length}z"), "{run}");
        squares.extend((x..x + length).map(|x| (x, y)));
    }
    squares
}

#[test]
fn the_path_draws_exactly_the_dark_modules_inside_the_quiet_zone() {
    let links = [
        "https://clinic.example/tools/recovery-quiz/#/result?v=1&km=40&runs=4&pain=&flags=&health=",
        "http://127.0.0.1:8080/?embed=1&embed-id=footer#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&pain=calf:5:tight:10,foot:4:sore:70&flags=&health=",
    ];
    for link in links {
        let drawn = path(link).expect("a code");
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).expect("encodes");
        assert_eq!(drawn.side, code.size() + 2 * QUIET_ZONE, "{link}");
        let mut expected: Vec<(i32, i32)> = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| code.get_module(x, y))
            .map(|(x, y)| (x + QUIET_ZONE, y + QUIET_ZONE))
            .collect();
        let mut squares = squares(&drawn.d);
        expected.sort_unstable();
        squares.sort_unstable();
        assert_eq!(squares, expected, "{link}");
    }
}

#[test]
fn the_longest_link_the_quiz_writes_still_fits_a_code() {
    let every_spot = "foot:10:swollen:3650,achilles:10:swollen:3650,shin:10:swollen:3650,calf:10:swollen:3650,knee:10:swollen:3650,knee-outer:10:swollen:3650,hip:10:swollen:3650,groin:10:swollen:3650,quad:10:swollen:3650,hamstring:10:swollen:3650,glute:10:swollen:3650,lower-back:10:swollen:3650";
    let fragment = format!(
        "#/result?v=1&km=399.99&hist=399.99,399.99,399.99,399.99&runs=21&hard=14&long=399.99&last=720&race=365&raced=365&pain={every_spot}&flags=chest,saddle,calf-swelling,bone-spot,night-pain,no-weight,pop,numbness,fever&health=blood-thinners,pregnant,skin,varicose,neuropathy,cold-sensitive"
    );
    let answers = parse(&fragment).expect("a valid link");
    let link = format!(
        "https://a-rather-long-clinic-domain.example/tools/recovery-quiz/index.html?lang=de&embed=1&embed-id=footer{}",
        write(&answers)
    );
    let drawn = path(&link).expect("the longest link has a code");
    assert!(drawn.side <= 101 + 2 * QUIET_ZONE, "{}", drawn.side);
    assert_eq!(path(&"x".repeat(3000)), None, "too long for any QR code");
}
