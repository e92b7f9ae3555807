import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ResolutionView } from '@nutmeg/contracts';
import { ResolutionAssessment } from '@nutmeg/domain';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { InstallmentPaymentDto, ResolutionStatusDto } from './dto/resolution-actions.dto';
import {
  HardshipSuspensionDto,
  InstallmentPlanRequestDto,
  OfferOfCompromiseDto,
  PaymentDto,
  PenaltyWaiverDto,
  ProtestDto,
} from './dto/resolution-create.dto';
import { OptionsQueryDto } from './dto/options-query.dto';
import { ResolutionResult, ResolutionsService } from './resolutions.service';

const NUMBER = new ParseIntPipe({ errorHttpStatusCode: 400 });

@ApiTags('resolutions')
@Controller()
export class ResolutionsController {
  constructor(private readonly resolutions: ResolutionsService) {}

  @Get('notices/:id/resolutions')
  @RequirePermission('notices:read')
  list(@CurrentActor() actor: Actor, @Param('id') noticeId: string): Promise<ResolutionView[]> {
    return this.resolutions.listForNotice(actor, noticeId);
  }

  /** Each resolution option: open or not and why, what it needs, the form and where to send it. */
  @Get('notices/:id/options')
  @RequirePermission('notices:read')
  options(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Query() facts: OptionsQueryDto): Promise<ResolutionAssessment[]> {
    return this.resolutions.options(actor, noticeId, facts);
  }

  /** A payment (full or partial); it reduces the balance the accrual runs on. */
  @Post('notices/:id/payments')
  @RequirePermission('resolutions:write')
  pay(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Body() body: PaymentDto): Promise<ResolutionResult> {
    return this.resolutions.recordPayment(actor, noticeId, body);
  }

  @Post('notices/:id/installment-plans')
  @RequirePermission('resolutions:write')
  @ApiUnprocessableEntityResponse({ description: 'Not eligible under the rules, with the reasons (override.reason to request anyway)' })
  requestPlan(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Body() body: InstallmentPlanRequestDto): Promise<ResolutionResult> {
    return this.resolutions.requestInstallmentPlan(actor, noticeId, body);
  }

  @Post('notices/:id/penalty-waivers')
  @RequirePermission('resolutions:write')
  requestWaiver(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Body() body: PenaltyWaiverDto): Promise<ResolutionResult> {
    return this.resolutions.requestPenaltyWaiver(actor, noticeId, body);
  }

  @Post('notices/:id/offers-of-compromise')
  @RequirePermission('resolutions:write')
  offer(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Body() body: OfferOfCompromiseDto): Promise<ResolutionResult> {
    return this.resolutions.offerCompromise(actor, noticeId, body);
  }

  @Post('notices/:id/protests')
  @RequirePermission('resolutions:write')
  protest(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Body() body: ProtestDto): Promise<ResolutionResult> {
    return this.resolutions.fileProtest(actor, noticeId, body);
  }

  @Post('notices/:id/hardship-suspensions')
  @RequirePermission('resolutions:write')
  suspend(@CurrentActor() actor: Actor, @Param('id') noticeId: string, @Body() body: HardshipSuspensionDto): Promise<ResolutionResult> {
    return this.resolutions.requestHardshipSuspension(actor, noticeId, body);
  }

  /** Moves a resolution along its lifecycle (submitted, approved, denied, decided, ...). */
  @Post('resolutions/:id/status')
  @RequirePermission('resolutions:write')
  @ApiConflictResponse({ description: 'A move its lifecycle does not allow, or a stale version' })
  changeStatus(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ResolutionStatusDto): Promise<ResolutionResult> {
    return this.resolutions.changeStatus(actor, id, body);
  }

  @Post('resolutions/:id/installments/:number/payment')
  @RequirePermission('resolutions:write')
  payInstallment(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('number', NUMBER) number: number,
    @Body() body: InstallmentPaymentDto,
  ): Promise<ResolutionResult> {
    return this.resolutions.payInstallment(actor, id, number, body);
  }

  /** Records a missed plan payment: the plan defaults. */
  @Post('resolutions/:id/installments/:number/missed')
  @RequirePermission('resolutions:write')
  missInstallment(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('number', NUMBER) number: number): Promise<ResolutionResult> {
    return this.resolutions.missInstallment(actor, id, number);
  }
}
