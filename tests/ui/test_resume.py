"""Close and reopen: continue where you left off, or start over; bad saved files."""

from __future__ import annotations

import json

from wizard.flow.steps import step


def test_reopen_offers_to_continue_and_walks_back_to_the_saved_step(start) -> None:
    d = start()
    d.walk_to("step04")
    d2 = start()
    assert d2.current == "welcome"
    page = d2.page
    assert page.resume_box.isVisible()
    assert page.resume_text.text() == (
        "You started connecting your store before and stopped at "
        f"\u201c{step('step04').title}\u201d."
    )
    # Next waits for the choice, and says so.
    assert not d2.next_button.isEnabled()
    assert "Start over" in d2.blocked_text()
    d2.click(page.resume_button)
    assert d2.current == "step04"
    assert not d2.page.confirm_box.isChecked()
    d2.back()
    assert d2.current == "step03" and d2.page.confirm_box.isChecked()
    assert d2.wizard.side_panel.item_text("step02").startswith("\u2713")


def test_the_saved_place_survives_a_reopen_without_a_choice(start) -> None:
    d = start()
    d.walk_to("step03")
    start()  # reopened and closed again without choosing
    d3 = start()
    d3.click(d3.page.resume_button)
    assert d3.current == "step03"


def test_start_over_forgets_progress_but_keeps_settings(start) -> None:
    d = start()
    d.walk_to("step08")
    d2 = start()
    d2.click(d2.page.start_over_button)
    assert d2.current == "welcome"
    assert not d2.page.resume_box.isVisible()
    assert d2.blocked_text() is None
    assert d2.ctx.flush_saves(10)
    saved = json.loads(d2.ctx.paths.progress_file.read_text())
    assert saved["path"] == ["welcome"] and saved["confirmed"] == [] and saved["answers"] == {}
    d2.next()
    assert d2.page.answer() is None
    assert d2.blocked_text() == "Choose Yes, No or Not sure to go on."
    d2.answer_qualified("yes")
    d2.next()
    assert d2.current == "reach"  # the real store's platform check
    d2.next()
    assert not d2.page.confirm_box.isChecked()
    assert d2.ctx.settings.store_name == "Toko Sumber Rejeki"  # a setting, kept
    assert not d2.wizard.side_panel.item_text("step05").startswith("\u2713")


def test_resume_stops_where_a_page_no_longer_lets_the_seller_through(start) -> None:
    d = start()
    d.walk_to("step05")
    assert d.ctx.flush_saves(10)
    progress = json.loads(d.ctx.paths.progress_file.read_text())
    progress["confirmed"].remove("step03")  # e.g. saved by an older version
    d.ctx.paths.progress_file.write_text(json.dumps(progress))
    d.wizard._finished = True  # the old window must not save over the edited file
    assert d.ctx.flush_saves(10)  # nothing of it still to be written
    d2 = start()
    d2.click(d2.page.resume_button)
    assert d2.current == "step03"
    assert "I am registered as a developer" in d2.blocked_text()


def test_a_broken_progress_file_is_kept_aside_and_mentioned_once(start, app_home) -> None:
    d = start()
    d.walk_to("step02")
    d.wizard._finished = True
    assert d.ctx.flush_saves(10)  # nothing of it still to be written
    progress_file = d.ctx.paths.progress_file
    progress_file.write_text('{"path": ["welcome", "qualif')  # half-written
    d2 = start()
    assert d2.current == "welcome"
    assert not d2.page.resume_box.isVisible()
    notice = d2.page.notice
    assert notice.isVisible()
    assert "progress could not be read" in notice.text()
    assert str(progress_file) + ".bad" in notice.text()
    assert (progress_file.parent / "progress.json.bad").read_text().startswith('{"path"')
    d3 = start()
    assert not d3.page.notice.isVisible()


def test_progress_of_the_wrong_shape_counts_as_broken(start) -> None:
    d = start(show=False)
    d.wizard._finished = True
    assert d.ctx.flush_saves(10)  # nothing of it still to be written
    d.ctx.paths.progress_file.write_text('{"path": "step05", "confirmed": 3}')
    d2 = start()
    assert "progress could not be read" in d2.page.notice.text()
    assert d2.ctx.paths.progress_file.with_name("progress.json.bad").exists()


def test_a_broken_settings_file_starts_with_defaults(start) -> None:
    d = start(show=False)
    d.wizard._finished = True
    assert d.ctx.flush_saves(10)  # nothing of it still to be written
    d.ctx.paths.settings_file.write_bytes(b"\xff\xfe not json")
    d2 = start()
    assert "settings could not be read" in d2.page.notice.text()
    assert d2.ctx.settings.mode == "real"
    assert d2.ctx.paths.settings_file.with_name("settings.json.bad").exists()


def test_a_finished_onboarding_offers_to_look_at_it_again(start) -> None:
    d = start(show=False)
    d.wizard._finished = True
    assert d.ctx.flush_saves(10)  # nothing of it still to be written
    ids = d.wizard.step_ids
    progress = {
        "path": [s for s in ids if s != "upgrade"],
        "visited": list(ids),
        "confirmed": [s for s in ids if s.startswith("step")],
        "answers": {"qualified": "yes"},
    }
    d.ctx.paths.progress_file.write_text(json.dumps(progress))
    d.ctx.settings.store_name = "Toko Sumber Rejeki"
    d.ctx.save_settings()
    d2 = start()
    assert "already connected" in d2.page.resume_text.text()
    d2.click(d2.page.resume_button)
    # Walked back as far as each page lets the seller through: here no store is connected,
    # so the credentials page stops the walk and says why.
    assert d2.current == "step12"
    assert d2.blocked_text()
